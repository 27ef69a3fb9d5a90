package org.sportello.devices.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.sportello.devices.DeviceStatus;

class PrinterStatusTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "DRAWER_PIN3_HIGH, READY",
            "FEED_BUTTON_PRESSED, READY",
            "PAPER_FED_BY_BUTTON, READY",
            "OFFLINE, OFFLINE",
            "WAITING_FOR_ONLINE_RECOVERY, OFFLINE",
            "ERROR, OFFLINE",
            "RECOVERABLE_ERROR, OFFLINE",
            "AUTOCUTTER_ERROR, OFFLINE",
            "UNRECOVERABLE_ERROR, OFFLINE",
            "AUTO_RECOVERABLE_ERROR, OFFLINE",
            "COVER_OPEN, COVER_OPEN",
            "PAPER_END_STOP, PAPER_OUT",
            "PAPER_END, PAPER_OUT",
            "PAPER_NEAR_END, PAPER_LOW"})
    void eachFlagMapsToADeviceStatus(StatusFlag flag, DeviceStatus expected) {
        assertThat(PrinterStatus.answered(Set.of(flag)).toDeviceStatus()).isEqualTo(expected);
    }

    @Test
    void theSpecificCauseWinsOverOffline() {
        // What a printer with an empty roll really answers: offline, paper-end stop, both sensors.
        var paperOut = PrinterStatus.answered(EnumSet.of(StatusFlag.OFFLINE, StatusFlag.PAPER_END_STOP,
                StatusFlag.PAPER_NEAR_END, StatusFlag.PAPER_END));
        var coverOpen = PrinterStatus.answered(EnumSet.of(StatusFlag.OFFLINE, StatusFlag.COVER_OPEN, StatusFlag.PAPER_NEAR_END));
        assertThat(paperOut.toDeviceStatus()).isEqualTo(DeviceStatus.PAPER_OUT);
        assertThat(coverOpen.toDeviceStatus()).isEqualTo(DeviceStatus.COVER_OPEN);
    }

    @Test
    void noFlagsIsReadyAndNoAnswerOrGarbageIsUnknownButPrintable() {
        assertThat(PrinterStatus.answered(Set.of()).toDeviceStatus()).isEqualTo(DeviceStatus.READY);
        assertThat(PrinterStatus.noAnswer().toDeviceStatus()).isEqualTo(DeviceStatus.UNKNOWN);
        assertThat(PrinterStatus.garbled().toDeviceStatus()).isEqualTo(DeviceStatus.UNKNOWN);
        assertThat(DeviceStatus.UNKNOWN.canPrint()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(StatusFlag.class)
    void everyFlagIsExplainedInItalianAndEnglish(StatusFlag flag) {
        var status = PrinterStatus.answered(Set.of(flag));
        String italian = status.explain(Locale.ITALIAN);
        String english = status.explain(Locale.ENGLISH);
        assertThat(italian).isNotBlank().isNotEqualTo(english);
        assertThat(english).isNotBlank();
    }

    @Test
    void explanationsSayWhatHappened() {
        var paperOut = PrinterStatus.answered(EnumSet.of(StatusFlag.PAPER_END, StatusFlag.COVER_OPEN));
        assertThat(paperOut.explain(Locale.ITALIAN)).contains("coperchio").contains("rotolo di carta è finito");
        assertThat(paperOut.explain(Locale.ENGLISH)).contains("cover is open").contains("roll is finished");
        assertThat(PrinterStatus.noAnswer().explain(Locale.ITALIAN)).contains("non ha risposto");
        assertThat(PrinterStatus.garbled().explain(Locale.ENGLISH)).contains("baud");
        assertThat(PrinterStatus.answered(Set.of()).explain(Locale.ITALIAN)).isEqualTo("La stampante è pronta");
    }

    @Test
    void explanationsDoNotDependOnTheMachineLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ITALIAN);
            assertThat(PrinterStatus.noAnswer().explain(Locale.ENGLISH)).contains("did not answer");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws Exception {
        Properties english = new Properties();
        Properties italian = new Properties();
        try (var en = getClass().getResourceAsStream("PrinterStatusMessages.properties");
             var it = getClass().getResourceAsStream("PrinterStatusMessages_it.properties")) {
            english.load(en);
            italian.load(it);
        }
        assertThat(italian.keySet()).isEqualTo(english.keySet());
        for (StatusFlag flag : StatusFlag.values()) {
            assertThat(english).containsKey("flag." + flag.name());
        }
    }
}
