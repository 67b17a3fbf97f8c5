package io.invoiceportal.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The WCAG 2 colour math that keeps brand colours readable. */
class ContrastTest {

    /** Ratios agree with the WCAG definition to two decimals (#767676 is the lightest grey WebAIM lists as AA on white). */
    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({"#000000, #ffffff, 21.0", "#ffffff, #ffffff, 1.0", "#777777, #ffffff, 4.48", "#1b7340, #ffffff, 5.88",
            "#0b4f8a, #ffffff, 8.40", "#767676, #ffffff, 4.54", "#8cc63f, #ffffff, 2.04", "#fff, #000, 21.0", "#f0a500, #1a1a1a, 8.36"})
    void ratioFollowsWcag(String first, String second, double expected) {
        assertThat(Contrast.ratio(first, second)).isCloseTo(expected, within(0.01));
        assertThat(Contrast.ratio(second, first)).as("order does not matter").isCloseTo(expected, within(0.01));
    }

    /** Text on a colour is white when white reaches AA, otherwise a dark colour that does. */
    @ParameterizedTest
    @CsvSource({"#1b7340, #ffffff", "#0b4f8a, #ffffff", "#8cc63f, #1a1a1a", "#4fa3e0, #1a1a1a", "#ffff00, #1a1a1a",
            "#767676, #ffffff"})
    void textOnPicksWhiteOrInk(String background, String expected) {
        assertThat(Contrast.textOn(background)).isEqualTo(expected);
    }

    /** Whatever the background, the text picked for it reaches AA (greys are where it is hardest). */
    @Test
    void textOnAlwaysReachesAa() {
        for (int grey = 0; grey <= 255; grey++) {
            for (String background : new String[] {hex(grey, grey, grey), hex(grey, 255 - grey, 0), hex(0, grey, 255)}) {
                assertThat(Contrast.ratio(Contrast.textOn(background), background)).as(background)
                        .isGreaterThanOrEqualTo(Contrast.MINIMUM);
            }
        }
    }

    /** A colour already readable stays itself; a light one is darkened just enough to reach AA on white. */
    @Test
    void readableOnDarkensOnlyAsFarAsNeeded() {
        assertThat(Contrast.readableOn("#0b4f8a", "#ffffff")).isEqualTo("#0b4f8a");
        String darker = Contrast.readableOn("#4fa3e0", "#ffffff");
        assertThat(Contrast.ratio(darker, "#ffffff")).isGreaterThanOrEqualTo(Contrast.MINIMUM).isLessThan(5.0);
        assertThat(Contrast.luminance(darker)).isLessThan(Contrast.luminance("#4fa3e0"));
        String lighter = Contrast.readableOn("#0b4f8a", "#1a1a1a");
        assertThat(Contrast.ratio(lighter, "#1a1a1a")).isGreaterThanOrEqualTo(Contrast.MINIMUM);
    }

    /** Blending is per channel, rounded; #rgb is short for #rrggbb. */
    @Test
    void blendMixesChannels() {
        assertThat(Contrast.blend("#000000", "#ffffff", 0.5)).isEqualTo("#808080");
        assertThat(Contrast.blend("#1b7340", "#ffffff", 0.1)).isEqualTo("#e8f1ec");
        assertThat(Contrast.blend("#abc", "#000", 1)).isEqualTo("#aabbcc");
    }

    /** #rrggbb and #rgb in any case become lower-case #rrggbb; anything else is not a colour to compute with. */
    @ParameterizedTest
    @ValueSource(strings = {"red", "#12345", "#1234567", "rgb(0,0,0)", "#ggg000", "", "#1b7340;x"})
    void otherFormsAreRefused(String colour) {
        assertThat(Contrast.normalised(colour)).isEmpty();
        assertThatThrownBy(() -> Contrast.ratio(colour, "#ffffff")).isInstanceOf(IllegalArgumentException.class);
    }

    /** Accepted forms come out as lower-case #rrggbb. */
    @Test
    void normalisedIsLowerCaseLongForm() {
        assertThat(Contrast.normalised(" #1B7340 ")).contains("#1b7340");
        assertThat(Contrast.normalised("#AbC")).contains("#aabbcc");
        assertThat(Contrast.normalised(null)).isEmpty();
    }

    /** A ratio is told rounded down, so one just under AA never reads as 4.50. */
    @Test
    void toldRoundsDown() {
        assertThat(Contrast.told(4.4999)).isEqualTo("4.49");
        assertThat(Contrast.told(Contrast.withWhite("#767676"))).isEqualTo("4.54");
    }

    private static String hex(int r, int g, int b) {
        return String.format("#%02x%02x%02x", r, g, b);
    }
}
