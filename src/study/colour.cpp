#include "helixnet/study/colour.hpp"

#include <algorithm>

namespace helixnet {

namespace {

bool is_hex_digit(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

bool is_valid_colour(std::string_view colour) {
    if (colour.empty()) return false;
    if (colour.front() == '#') {
        const std::string_view digits = colour.substr(1);
        return (digits.size() == 3 || digits.size() == 6 || digits.size() == 8) &&
               std::all_of(digits.begin(), digits.end(), is_hex_digit);
    }
    return is_letter(colour.front()) &&
           std::all_of(colour.begin(), colour.end(), [](char c) { return is_letter(c) || is_digit(c); });
}

}  // namespace helixnet
