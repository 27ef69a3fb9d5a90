package org.sportello.operator.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sportello.operator.ui.Messages;

/** A job's dates in the citizen file, in both desk languages, for every combination the form allows. */
class WorkSpanTest {
    private static final LocalDate MARCH = LocalDate.of(2020, 3, 1);
    private static final LocalDate DECEMBER = LocalDate.of(2023, 12, 31);

    private static String text(Locale locale, LocalDate from, LocalDate to) {
        Messages messages = new Messages();
        messages.localeProperty().set(locale);
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(messages.text("file.datePattern"), locale);
        return new WorkSpan(from, to).text(messages, dates);
    }

    @Test
    void italian() {
        assertThat(text(Locale.ITALIAN, MARCH, DECEMBER)).isEqualTo("dal 01/03/2020 al 31/12/2023");
        assertThat(text(Locale.ITALIAN, MARCH, null)).isEqualTo("dal 01/03/2020, in corso");
        assertThat(text(Locale.ITALIAN, null, DECEMBER)).isEqualTo("fino al 31/12/2023 (inizio non indicato)");
        assertThat(text(Locale.ITALIAN, null, null)).isEqualTo("in corso (inizio non indicato)");
    }

    @Test
    void english() {
        assertThat(text(Locale.ENGLISH, MARCH, DECEMBER)).isEqualTo("from 01/03/2020 to 31/12/2023");
        assertThat(text(Locale.ENGLISH, MARCH, null)).isEqualTo("since 01/03/2020, ongoing");
        assertThat(text(Locale.ENGLISH, null, DECEMBER)).isEqualTo("until 31/12/2023 (start not given)");
        assertThat(text(Locale.ENGLISH, null, null)).isEqualTo("ongoing (start not given)");
    }

    @Test
    void neverADashWithNothingBeforeIt() {
        for (Locale locale : Messages.SUPPORTED) {
            for (LocalDate from : new LocalDate[] {MARCH, null}) {
                for (LocalDate to : new LocalDate[] {DECEMBER, null}) {
                    assertThat(text(locale, from, to)).doesNotContain("…", "–", "!");
                }
            }
        }
    }
}
