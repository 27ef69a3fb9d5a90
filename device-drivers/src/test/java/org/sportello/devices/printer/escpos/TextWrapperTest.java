package org.sportello.devices.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextWrapperTest {

    @Test
    void breaksAtSpacesWithinTheColumns() {
        assertThat(TextWrapper.wrap("Persone in attesa prima di lei: 3", 16))
                .containsExactly("Persone in", "attesa prima di", "lei: 3");
    }

    @Test
    void cutsOnlyWordsLongerThanALine() {
        assertThat(TextWrapper.wrap("a 0123456789ABC b", 5)).containsExactly("a", "01234", "56789", "ABC b");
    }

    @Test
    void collapsesWhitespaceAndKeepsShortTextOnOneLine() {
        assertThat(TextWrapper.wrap("  Attesa   stimata \n 12 ", 42)).containsExactly("Attesa stimata 12");
        assertThat(TextWrapper.wrap("   ", 42)).isEmpty();
    }
}
