package org.sportello.devices.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class Iso7811Test {
    @Test
    void lrcIsTheXorOfTheSixBitValues() {
        // '%'=0x05, 'A'=0x21, '?'=0x1F: 05^21^1F = 0x3B -> ASCII 0x5B '['
        assertThat(Iso7811.lrcCharacter(1, "%A?")).isEqualTo('[');
        // ';'=0x0B, '1'=0x01, '?'=0x0F: 0B^01^0F = 0x05 -> '5'
        assertThat(Iso7811.lrcCharacter(2, ";1?")).isEqualTo('5');
    }

    @Test
    void decodesBothTracksWithoutLrc() throws Exception {
        List<MagstripeTrack> tracks = Iso7811.decodeText("%B1234^ROSSI/MARIO^2912?;1234=2912?\r\n");
        assertThat(tracks).containsExactly(new MagstripeTrack(1, "B1234^ROSSI/MARIO^2912", false),
                new MagstripeTrack(2, "1234=2912", false));
        assertThat(tracks.get(0).fields()).containsExactly("B1234", "ROSSI/MARIO", "2912");
        assertThat(tracks.get(1).fields()).containsExactly("1234", "2912");
    }

    @Test
    void checksAnLrcWhenTheReaderSendsIt() throws Exception {
        String t1 = "%HELLO^WORLD?";
        String t2 = ";42=7?";
        String swipe = t1 + Iso7811.lrcCharacter(1, t1) + t2 + Iso7811.lrcCharacter(2, t2);
        assertThat(Iso7811.decodeText(swipe)).extracting(MagstripeTrack::lrcChecked).containsExactly(true, true);
    }

    @Test
    void aWrongLrcIsABadSwipe() {
        String t1 = "%HELLO?";
        char wrong = (char) (Iso7811.lrcCharacter(1, t1) ^ 1);
        assertThatThrownBy(() -> Iso7811.decodeText(t1 + wrong))
                .isInstanceOfSatisfying(CardDataException.class,
                        e -> assertThat(e.error()).isEqualTo(CardReadError.CHECKSUM_MISMATCH));
    }

    @Test
    void partialAndGarbageSwipesHaveReasons() {
        assertThatThrownBy(() -> Iso7811.decodeText("%ROSSI^MAR"))
                .isInstanceOf(CardDataException.class).hasMessageContaining("no end sentinel");
        assertThatThrownBy(() -> Iso7811.decodeText("hello"))
                .isInstanceOf(CardDataException.class).hasMessageContaining("start sentinel");
        assertThatThrownBy(() -> Iso7811.decodeText(";12A4?"))
                .isInstanceOf(CardDataException.class).hasMessageContaining("cannot appear inside track 2");
        assertThatThrownBy(() -> Iso7811.decodeText(""))
                .isInstanceOf(CardDataException.class).hasMessageContaining("no track");
    }

    @Test
    void rawTrackWithParityAndLrcDecodes() throws Exception {
        byte[] raw = Iso7811.encodeRaw(1, "%RSSMRA85T10A562S^ROSSI MARIO?");
        // Odd parity: every character byte has an odd number of ones.
        for (byte b : raw) {
            assertThat(Integer.bitCount(b & 0x7F) % 2).isEqualTo(1);
        }
        byte[] withLeadingZeros = new byte[raw.length + 3];
        System.arraycopy(raw, 0, withLeadingZeros, 3, raw.length);
        assertThat(Iso7811.decodeRawTrack1(withLeadingZeros))
                .isEqualTo(new MagstripeTrack(1, "RSSMRA85T10A562S^ROSSI MARIO", true));
    }

    @Test
    void rawParityAndLrcErrorsAreCaught() {
        byte[] raw = Iso7811.encodeRaw(2, ";1234=5678?");
        byte[] flippedBit = raw.clone();
        flippedBit[3] ^= 0x01;
        assertThatThrownBy(() -> Iso7811.decodeRawTrack2(flippedBit))
                .isInstanceOf(CardDataException.class).hasMessageContaining("parity");
        byte[] wrongLrc = raw.clone();
        wrongLrc[wrongLrc.length - 1] ^= 0x03; // two data bits: parity stays odd, only the LRC is wrong
        assertThatThrownBy(() -> Iso7811.decodeRawTrack2(wrongLrc))
                .isInstanceOf(CardDataException.class).hasMessageContaining("LRC");
        byte[] cut = java.util.Arrays.copyOf(raw, 5);
        assertThatThrownBy(() -> Iso7811.decodeRawTrack2(cut))
                .isInstanceOf(CardDataException.class).hasMessageContaining("no end sentinel");
    }

    @Property(tries = 200)
    void rawRoundTrip(@ForAll @StringLength(max = 76) @CharRange(from = 'A', to = 'Z') @CharRange(from = '0', to = '9')
                      @CharRange(from = ' ', to = ' ') @CharRange(from = '^', to = '^') String data) throws Exception {
        assertThat(Iso7811.decodeRawTrack1(Iso7811.encodeRaw(1, "%" + data + "?")).data()).isEqualTo(data);
    }

    @Property(tries = 200)
    void textWithLrcRoundTrip(@ForAll @StringLength(max = 37) @CharRange(from = '0', to = '9') @CharRange(from = '=', to = '=')
                              String data) throws Exception {
        String track = ";" + data + "?";
        List<MagstripeTrack> decoded = Iso7811.decodeText(track + Iso7811.lrcCharacter(2, track));
        assertThat(decoded).containsExactly(new MagstripeTrack(2, data, true));
    }
}
