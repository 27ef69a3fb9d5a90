package org.sportello.devices.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(10)
class TesseraBarcodeTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @ValueSource(strings = {"RSSMRA85T10A562S", "*RSSMRA85T10A562S*", "]A0RSSMRA85T10A562S", "RSSMRA85T10A562S\r\n",
        "rssmra85t10a562s"})
    void everyScannerSetupGivesTheCode(String scanned) {
        CardRead read = TesseraBarcode.decode(scanned, CLOCK);
        assertThat(read.isIdentified()).isTrue();
        assertThat(read.codiceFiscale().code()).isEqualTo("RSSMRA85T10A562S");
        assertThat(read.source()).isEqualTo(CardSource.BARCODE);
    }

    @Test
    void aMistypedCheckCharacterIsRefusedWithCodiceFiscalesReason() {
        CardRead read = TesseraBarcode.decode("RSSMRA85T10A562T", CLOCK);
        assertThat(read.error()).isEqualTo(CardReadError.INVALID_CODICE_FISCALE);
        assertThat(read.detail()).contains("check character");
    }

    @Test
    void otherBarcodesAreNotACodiceFiscale() {
        assertThat(TesseraBarcode.decode("8001234567890", CLOCK).error()).isEqualTo(CardReadError.NO_CODICE_FISCALE);
        assertThat(TesseraBarcode.decode("  ", CLOCK).error()).isEqualTo(CardReadError.UNREADABLE_DATA);
    }

    @Test
    void wedgeTextIsRoutedBySentinel() {
        assertThat(TesseraText.decode("RSSMRA85T10A562S", CLOCK).source()).isEqualTo(CardSource.BARCODE);
        assertThat(TesseraText.decode("%RSSMRA85T10A562S^ROSSI MARIO?", CLOCK).source())
                .isEqualTo(CardSource.MAGSTRIPE_TRACK1);
    }
}
