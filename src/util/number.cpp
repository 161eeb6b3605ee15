#include "helixnet/util/number.hpp"

#include <algorithm>
#include <cstdio>

namespace helixnet {

namespace {
constexpr const char* dash = "\xE2\x80\x93";  // –
}  // namespace

std::string format_decimal(const std::optional<double>& value, int decimals, Language language) {
    if (!value) return dash;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", std::clamp(decimals, 0, 17), *value);
    std::string s = buf;
    if (s.starts_with('-') && s.find_first_not_of("0.", 1) == std::string::npos) s.erase(0, 1);
    if (language == Language::dutch) std::replace(s.begin(), s.end(), '.', ',');
    return s;
}

std::string format_signed(const std::optional<double>& value, int decimals, Language language) {
    std::string s = format_decimal(value, decimals, language);
    if (!value || s.find_first_not_of("0.,") == std::string::npos) return s;
    return s.starts_with('-') ? s : "+" + s;
}

std::string format_p_value(const std::optional<double>& value, Language language) {
    if (value && *value < 0.001) return language == Language::dutch ? "< 0,001" : "< 0.001";
    return format_decimal(value, 3, language);
}

}  // namespace helixnet
