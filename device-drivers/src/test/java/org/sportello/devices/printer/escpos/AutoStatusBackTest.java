package org.sportello.devices.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GS a automatic status back blocks: 4 bytes, first 0**1**00, the others 0**0****. */
class AutoStatusBackTest {

    private static byte[] block(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return b;
    }

    @ParameterizedTest(name = "byte {0} bit {1} → {2}")
    @CsvSource({
            "0, 04, DRAWER_PIN3_HIGH",
            "0, 08, OFFLINE",
            "0, 20, COVER_OPEN",
            "0, 40, PAPER_FED_BY_BUTTON",
            "1, 01, WAITING_FOR_ONLINE_RECOVERY",
            "1, 02, FEED_BUTTON_PRESSED",
            "1, 04, RECOVERABLE_ERROR",
            "1, 08, AUTOCUTTER_ERROR",
            "1, 20, UNRECOVERABLE_ERROR",
            "1, 40, AUTO_RECOVERABLE_ERROR",
            "2, 03, PAPER_NEAR_END",
            "2, 0C, PAPER_END"})
    void eachDocumentedBitIsDecodedAlone(int index, String bitHex, StatusFlag flag) {
        int[] bytes = {0x10, 0x00, 0x00, 0x00};
        bytes[index] |= Integer.parseInt(bitHex, 16);
        assertThat(AutoStatusBack.decode(block(bytes))).contains(Set.of(flag));
    }

    @Test
    void quietBlockReportsNothing() {
        assertThat(AutoStatusBack.decode(block(0x10, 0, 0, 0))).contains(Set.of());
    }

    @Test
    void blocksWithoutTheFixedBitsOrTheRightLengthAreRejected() {
        assertThat(AutoStatusBack.decode(block(0x12, 0, 0, 0))).isEmpty();  // a DLE EOT answer, not ASB
        assertThat(AutoStatusBack.decode(block(0x00, 0, 0, 0))).isEmpty();  // bit 4 of byte 1 clear
        assertThat(AutoStatusBack.decode(block(0x90, 0, 0, 0))).isEmpty();  // bit 7 of byte 1 set
        assertThat(AutoStatusBack.decode(block(0x10, 0x10, 0, 0))).isEmpty(); // bit 4 of byte 2 set
        assertThat(AutoStatusBack.decode(block(0x10, 0, 0, 0x80))).isEmpty(); // bit 7 of byte 4 set
        assertThat(AutoStatusBack.decode(block(0x10, 0, 0))).isEmpty();
    }
}
