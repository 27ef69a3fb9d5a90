package org.sportello.devices.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** DLE EOT 1–4 answers, bit by bit, from Epson's tables. 0x12 is "fixed bits only". */
class RealTimeStatusRequestTest {

    @ParameterizedTest(name = "DLE EOT {0}: bit {1} → {2}")
    @CsvSource({
            "PRINTER, 04, DRAWER_PIN3_HIGH",
            "PRINTER, 08, OFFLINE",
            "PRINTER, 20, WAITING_FOR_ONLINE_RECOVERY",
            "PRINTER, 40, FEED_BUTTON_PRESSED",
            "OFFLINE_CAUSE, 04, COVER_OPEN",
            "OFFLINE_CAUSE, 08, PAPER_FED_BY_BUTTON",
            "OFFLINE_CAUSE, 20, PAPER_END_STOP",
            "OFFLINE_CAUSE, 40, ERROR",
            "ERROR_CAUSE, 04, RECOVERABLE_ERROR",
            "ERROR_CAUSE, 08, AUTOCUTTER_ERROR",
            "ERROR_CAUSE, 20, UNRECOVERABLE_ERROR",
            "ERROR_CAUSE, 40, AUTO_RECOVERABLE_ERROR",
            "ROLL_PAPER, 0C, PAPER_NEAR_END",
            "ROLL_PAPER, 04, PAPER_NEAR_END",
            "ROLL_PAPER, 08, PAPER_NEAR_END",
            "ROLL_PAPER, 60, PAPER_END",
            "ROLL_PAPER, 20, PAPER_END",
            "ROLL_PAPER, 40, PAPER_END"})
    void eachDocumentedBitIsDecodedAlone(RealTimeStatusRequest request, String bitHex, StatusFlag flag) {
        int answer = 0x12 | Integer.parseInt(bitHex, 16);
        assertThat(request.decode(answer)).contains(Set.of(flag));
    }

    @ParameterizedTest
    @EnumSource(RealTimeStatusRequest.class)
    void fixedBitsAloneMeanNothingToReport(RealTimeStatusRequest request) {
        assertThat(request.decode(0x12)).contains(Set.of());
    }

    @Test
    void paperOutOnTheRollSensorSetsBothSensors() {
        assertThat(RealTimeStatusRequest.ROLL_PAPER.decode(0x7E))
                .contains(Set.of(StatusFlag.PAPER_NEAR_END, StatusFlag.PAPER_END));
    }

    /** 00, FF, XON 11, XOFF 13, bit 7 set (92), bit 4 clear (02), bit 1 clear (10), bit 0 set (13, 1B). */
    @ParameterizedTest
    @ValueSource(ints = {0x00, 0xFF, 0x11, 0x13, 0x92, 0x02, 0x10, 0x1B, 0x30, 0x9E})
    void bytesWithoutTheFixedBitsAreGarbage(int garbage) {
        for (RealTimeStatusRequest request : RealTimeStatusRequest.values()) {
            assertThat(request.decode(garbage)).as("%s 0x%02X", request, garbage).isEmpty();
        }
    }

    @Test
    void commandsAreDleEotN() {
        assertThat(Hex.of(RealTimeStatusRequest.PRINTER.command())).isEqualTo("10 04 01");
        assertThat(Hex.of(RealTimeStatusRequest.OFFLINE_CAUSE.command())).isEqualTo("10 04 02");
        assertThat(Hex.of(RealTimeStatusRequest.ERROR_CAUSE.command())).isEqualTo("10 04 03");
        assertThat(Hex.of(RealTimeStatusRequest.ROLL_PAPER.command())).isEqualTo("10 04 04");
    }
}
