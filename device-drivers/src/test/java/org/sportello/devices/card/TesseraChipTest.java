package org.sportello.devices.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.devices.card.ScriptedApduChannel.hex;
import static org.sportello.devices.card.TesseraBarcodeTest.CLOCK;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class TesseraChipTest {
    static final String SW_OK = "9000";

    /** An EF_DatiPersonali laid out as on the card: 6-hex-digit length, then length-prefixed fields. */
    static byte[] datiPersonali(String codiceFiscale, String address) {
        List<String> fields = List.of("0001", "01022024", "01022030", "ROSSI", "MARIO", "10121985", "M", "",
                codiceFiscale, "1", "A562", "", "", "H501", address, "");
        StringBuilder body = new StringBuilder();
        for (String f : fields) {
            body.append(String.format("%02X", f.length())).append(f);
        }
        return (String.format("%06X", body.length()) + body).getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] answer(byte[] data, String sw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(data);
        out.writeBytes(hex(sw));
        return out.toByteArray();
    }

    private static ScriptedApduChannel selections() {
        return new ScriptedApduChannel()
                .expect(hex("00A40000023F00"), hex(SW_OK))
                .expect(hex("00A4000002 1100"), hex("6120")) // T=0: answer waiting, still selected
                .expect(hex("00A4000002 1102"), hex(SW_OK));
    }

    @Test
    void readsTheCodeAcrossTwoReadBinaryCalls() {
        byte[] file = datiPersonali("RSSMRA85T10A562S", "VIA DEL CORSO ".repeat(15) + "1");
        assertThat(file.length).isGreaterThan(256);
        // The card pads the second answer past the end of the data, as real cards do.
        byte[] secondPart = Arrays.copyOfRange(file, 256, file.length);
        byte[] padded = Arrays.copyOf(secondPart, secondPart.length + 20);
        ScriptedApduChannel card = selections()
                .expect(hex("00B0000000"), answer(Arrays.copyOf(file, 256), SW_OK))
                .expect(hex("00B0010000"), answer(padded, SW_OK));
        CardRead read = TesseraChip.read(card, CLOCK);
        assertThat(read.isIdentified()).isTrue();
        assertThat(read.codiceFiscale().code()).isEqualTo("RSSMRA85T10A562S");
        assertThat(read.source()).isEqualTo(CardSource.CHIP);
        assertThat(read.expiresOn()).as("the chip's third field, ddMMyyyy").isEqualTo(java.time.LocalDate.of(2030, 2, 1));
        assertThat(card.allUsed()).isTrue();
    }

    @Test
    void anExpiryThatIsNotADateLeavesTheCardReadableWithoutOne() throws Exception {
        for (String field : List.of("", "31022030", "2030-02-01", "0102203")) {
            byte[] file = datiPersonali("RSSMRA85T10A562S", "VIA ROMA 1");
            String fields = new String(file, StandardCharsets.US_ASCII).substring(6)
                    .replace("0801022030", String.format("%02X", field.length()) + field);
            String text = String.format("%06X", fields.length()) + fields;
            DatiPersonali dati = DatiPersonali.parse(text.getBytes(StandardCharsets.US_ASCII));
            assertThat(dati.codiceFiscale()).isEqualTo("RSSMRA85T10A562S");
            assertThat(dati.expiresOn()).as(field).isEmpty();
        }
    }

    @Test
    void aShortFileStopsAtEndOfFileStatus() throws Exception {
        byte[] file = datiPersonali("RSSMRA85T10A562S", "VIA ROMA 1");
        ScriptedApduChannel card = selections()
                .expect(hex("00B0000000"), answer(file, "6282"));
        assertThat(TesseraChip.read(card, CLOCK).codiceFiscale().code()).isEqualTo("RSSMRA85T10A562S");
        DatiPersonali dati = DatiPersonali.parse(file);
        assertThat(dati.surname()).isEqualTo("ROSSI");
        assertThat(dati.birthDate()).isEqualTo("10121985");
        assertThat(dati.residenceAddress()).isEqualTo("VIA ROMA 1");
    }

    @Test
    void wrongLengthIsRetriedWithTheLengthTheCardGives() {
        byte[] file = datiPersonali("RSSMRA85T10A562S", "VIA ROMA 1");
        String exact = String.format("6C%02X", file.length);
        ScriptedApduChannel card = selections()
                .expect(hex("00B0000000"), hex(exact))
                .expect(hex("00B00000" + String.format("%02X", file.length)), answer(file, SW_OK));
        assertThat(TesseraChip.read(card, CLOCK).isIdentified()).isTrue();
    }

    @Test
    void notATsCnsCard() {
        ScriptedApduChannel card = new ScriptedApduChannel()
                .expect(hex("00A40000023F00"), hex(SW_OK))
                .expect(hex("00A40000021100"), hex("6A82"));
        CardRead read = TesseraChip.read(card, CLOCK);
        assertThat(read.error()).isEqualTo(CardReadError.CARD_ERROR);
        assertThat(read.detail()).contains("6A82").contains("not a TS-CNS");
    }

    @Test
    void cardPulledOutMidRead() {
        ScriptedApduChannel card = selections().expectAndFail(hex("00B0000000"), "card removed");
        CardRead read = TesseraChip.read(card, CLOCK);
        assertThat(read.error()).isEqualTo(CardReadError.CARD_ERROR);
        assertThat(read.detail()).contains("card removed");
    }

    @Test
    void anInvalidCodeInTheChipIsRefused() {
        byte[] file = datiPersonali("RSSMRA85T10A562Z", "VIA ROMA 1");
        ScriptedApduChannel card = selections().expect(hex("00B0000000"), answer(file, "6282"));
        assertThat(TesseraChip.read(card, CLOCK).error()).isEqualTo(CardReadError.INVALID_CODICE_FISCALE);
    }

    @Test
    void garbageAndTruncatedFilesHaveReasons() {
        ScriptedApduChannel garbage = selections().expect(hex("00B0000000"), answer(hex("FFFFFFFFFFFFFFFF"), SW_OK));
        assertThat(TesseraChip.read(garbage, CLOCK).error()).isEqualTo(CardReadError.UNREADABLE_DATA);
        byte[] file = datiPersonali("RSSMRA85T10A562S", "VIA ROMA 1");
        ScriptedApduChannel truncated = selections()
                .expect(hex("00B0000000"), answer(Arrays.copyOf(file, 40), SW_OK))
                .expect(hex("00B0002800"), hex("6B00"));
        CardRead read = TesseraChip.read(truncated, CLOCK);
        assertThat(read.error()).isEqualTo(CardReadError.UNREADABLE_DATA);
    }
}
