package org.sportello.model.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sportello.model.setup.OfficeSetupFile;

class OpeningHoursTest {
    final OpeningHours hours = OfficeSetupFile.hours("MON-FRI 08:30-12:30; TUE,THU 14:30-16:30", "test");

    @Test
    void openInsideAnIntervalOnly() {
        LocalDateTime tuesday = LocalDateTime.of(2026, 11, 24, 8, 29);
        assertThat(hours.isOpenAt(tuesday)).isFalse();
        assertThat(hours.isOpenAt(tuesday.withMinute(30))).isTrue();
        assertThat(hours.isOpenAt(tuesday.withHour(12).withMinute(30))).isFalse();
        assertThat(hours.isOpenAt(tuesday.withHour(15))).isTrue();
        assertThat(hours.isOpenAt(tuesday.plusDays(1).withHour(15))).as("Wednesday afternoon").isFalse();
        assertThat(hours.isOpenAt(tuesday.plusDays(5).withHour(10))).as("Sunday").isFalse();
    }

    @Test
    void nextOpeningSkipsTheWeekend() {
        LocalDateTime fridayEvening = LocalDateTime.of(2026, 11, 27, 18, 0);
        assertThat(hours.nextOpening(fridayEvening)).contains(LocalDateTime.of(2026, 11, 30, 8, 30));
    }

    @Test
    void describedInTheUsersLanguage() {
        assertThat(hours.describe(Locale.ITALIAN)).isEqualTo("lun–ven 08:30–12:30; mar, gio 14:30–16:30");
        assertThat(hours.describe(Locale.ENGLISH)).isEqualTo("Mon–Fri 08:30–12:30; Tue, Thu 14:30–16:30");
    }

    @Test
    void noIntervalsMeansAlwaysOpen() {
        assertThat(OpeningHours.ALWAYS.isOpenAt(LocalDateTime.of(2026, 12, 25, 3, 0))).isTrue();
    }
}
