package org.sportello.devices.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.devices.card.TesseraBarcodeTest.CLOCK;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class TesseraMagstripeTest {
    @Test
    void findsTheCodiceFiscaleOnTrack1() {
        CardRead read = TesseraMagstripe.decodeText("%RSSMRA85T10A562S^ROSSI MARIO^80380001?;8038000123=2912?", CLOCK);
        assertThat(read.isIdentified()).isTrue();
        assertThat(read.codiceFiscale().code()).isEqualTo("RSSMRA85T10A562S");
        assertThat(read.source()).isEqualTo(CardSource.MAGSTRIPE_TRACK1);
    }

    @Test
    void acceptsAnIsoFormatCodeBeforeTheCode() {
        CardRead read = TesseraMagstripe.decodeText("%BRSSMRA85T10A562S^ROSSI MARIO?", CLOCK);
        assertThat(read.codiceFiscale().code()).isEqualTo("RSSMRA85T10A562S");
    }

    @Test
    void withLrcAndFromRawBytesToo() {
        String track = "%RSSMRA85T10A562S^ROSSI MARIO?";
        assertThat(TesseraMagstripe.decodeText(track + Iso7811.lrcCharacter(1, track), CLOCK).isIdentified()).isTrue();
        assertThat(TesseraMagstripe.decodeRawTrack1(Iso7811.encodeRaw(1, track), CLOCK).codiceFiscale().code())
                .isEqualTo("RSSMRA85T10A562S");
    }

    @Test
    void anInvalidCodeOnTheStripeIsRefused() {
        CardRead read = TesseraMagstripe.decodeText("%RSSMRA85T10A562X^ROSSI MARIO?", CLOCK);
        assertThat(read.error()).isEqualTo(CardReadError.INVALID_CODICE_FISCALE);
    }

    @Test
    void track2AloneCannotCarryACodiceFiscale() {
        CardRead read = TesseraMagstripe.decodeText(";8038000123=2912?", CLOCK);
        assertThat(read.error()).isEqualTo(CardReadError.NO_CODICE_FISCALE);
        assertThat(read.detail()).contains("track 1");
    }

    @Test
    void aBadSwipeIsAResultNotAnException() {
        assertThat(TesseraMagstripe.decodeText("%RSSMRA85T10A5", CLOCK).error()).isEqualTo(CardReadError.UNREADABLE_DATA);
        byte[] raw = Iso7811.encodeRaw(1, "%RSSMRA85T10A562S?");
        raw[4] ^= 0x01;
        assertThat(TesseraMagstripe.decodeRawTrack1(raw, CLOCK).error()).isEqualTo(CardReadError.CHECKSUM_MISMATCH);
    }
}
