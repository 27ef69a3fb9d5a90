package org.sportello.devices.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.devices.card.ScriptedApduChannel.hex;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(20)
class OperatorBadgesTest {
    @Test
    void uidFromGetData() {
        ScriptedApduChannel reader = new ScriptedApduChannel().expect(hex("FFCA000000"), hex("04A1B2C3D4E5F6 9000"));
        assertThat(OperatorBadges.fromUid(reader)).isEqualTo(BadgeRead.of("04A1B2C3D4E5F6", BadgeSource.PCSC_UID));
    }

    @Test
    void readerWithoutGetData() {
        ScriptedApduChannel reader = new ScriptedApduChannel().expect(hex("FFCA000000"), hex("6A81"));
        BadgeRead read = OperatorBadges.fromUid(reader);
        assertThat(read.error()).isEqualTo(CardReadError.CARD_ERROR);
        assertThat(read.detail()).contains("not support");
    }

    @ParameterizedTest
    @CsvSource({
        "0012345678, 0012345678, WEDGE_RFID",
        "04:a1:b2:c3, 04A1B2C3, WEDGE_RFID",
        "';00417=99?', 00417, MAGSTRIPE",
    })
    void wedgeBadges(String typed, String id, BadgeSource source) {
        assertThat(OperatorBadges.fromWedgeText(typed)).isEqualTo(BadgeRead.of(id, source));
    }

    @Test
    void garbageIsNotABadge() {
        assertThat(OperatorBadges.fromWedgeText("hello world").error()).isEqualTo(CardReadError.UNREADABLE_DATA);
        assertThat(OperatorBadges.fromWedgeText(";0041").error()).isEqualTo(CardReadError.UNREADABLE_DATA);
    }

    @Test
    void pcscWithoutServiceOrReaderIsAClearResult() {
        // This machine has no reader (and usually no pcscd): the answer must be a reason, not a crash.
        CardRead card = new PcscCardReader(null, TesseraBarcodeTest.CLOCK).read(Duration.ofMillis(200));
        assertThat(card.isIdentified()).isFalse();
        assertThat(card.error()).isIn(CardReadError.PCSC_UNAVAILABLE, CardReadError.NO_READER, CardReadError.NO_CARD);
        assertThat(card.detail()).isNotBlank();
        BadgeRead badge = new PcscBadgeReader("no-such-reader").read(Duration.ofMillis(200));
        assertThat(badge.error()).isIn(CardReadError.PCSC_UNAVAILABLE, CardReadError.NO_READER);
    }

    @Test
    void simulatedReader() {
        SimulatedCardReader sim = new SimulatedCardReader();
        assertThat(sim.read(Duration.ofMillis(10)).error()).isEqualTo(CardReadError.NO_CARD);
        CardRead presented = TesseraBarcode.decode("RSSMRA85T10A562S", TesseraBarcodeTest.CLOCK);
        sim.present(presented);
        assertThat(sim.read(Duration.ofMillis(10))).isEqualTo(presented);
    }
}
