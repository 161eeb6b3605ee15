#include "helixnet/study/colour.hpp"

#include <gtest/gtest.h>

namespace helixnet {
namespace {

TEST(Colour, AcceptsHexFormsAndNamesOfLettersAndDigits) {
    for (const char* c : {"#abc", "#ABC", "#1f77b4", "#1F77B480", "red", "SteelBlue", "grey50", "x11"})
        EXPECT_TRUE(is_valid_colour(c)) << c;
}

TEST(Colour, RejectsListsGradientsSchemesAndStrayCharacters) {
    for (const char* c : {"", "#", "#12", "#1234", "#12345", "#1234567", "#gg0000", "red;x", "red;0.3", "red:blue",
                          "/x11/red", "0.5 0.5 0.5", "50grey", " red", "red ", "light-blue",
                          "r\xC3\xB8"
                          "d"})
        EXPECT_FALSE(is_valid_colour(c)) << c;
}

}  // namespace
}  // namespace helixnet
