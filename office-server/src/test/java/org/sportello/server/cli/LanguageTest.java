package org.sportello.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {
    @Test
    void withoutLangTheMachinesLanguageDecidesEnglishOrElseItalian() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.UK);
            assertThat(Language.orDefault(null)).isEqualTo(Language.EN);
            Locale.setDefault(Locale.ITALY);
            assertThat(Language.orDefault(null)).isEqualTo(Language.IT);
            Locale.setDefault(Locale.GERMANY);
            assertThat(Language.orDefault(null)).as("the office's language").isEqualTo(Language.IT);
            assertThat(Language.orDefault(Language.EN)).isEqualTo(Language.EN);
        } finally {
            Locale.setDefault(before);
        }
    }
}
