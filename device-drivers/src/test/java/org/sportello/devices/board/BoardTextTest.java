package org.sportello.devices.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.sportello.devices.testsupport.InMemoryTransport;

/** A call wider than its board is shortened by the arrow rule or scrolls; it is never cut. */
class BoardTextTest {
    private static String hex(byte[] bytes) {
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    @Test
    void theRule() {
        assertThat(BoardText.fit("A002 > 1", 8)).isEqualTo(new BoardText("A002 > 1", false));
        assertThat(BoardText.fit("A002 > 12", 8)).isEqualTo(new BoardText("A002>12", false));
        assertThat(BoardText.fit("A002 > 1", 6)).isEqualTo(new BoardText("A002>1", false));
        assertThat(BoardText.fit("A1002 > 12", 6)).isEqualTo(new BoardText("A1002 > 12", true));
        assertThat(BoardText.fit("A1002", 4)).isEqualTo(new BoardText("A1002", true));
        assertThat(BoardText.fit("A1002 > 12", 0)).as("width not known").isEqualTo(new BoardText("A1002 > 12", false));
    }

    @Test
    void theHallBoardSendsTheShortFormWhenTheCounterHasTwoDigits() {
        InMemoryTransport line = new InMemoryTransport();
        AlphaSignBoard hall = new AlphaSignBus(line).board(AlphaBoardConfig.hall(1));
        hall.show(new BoardCall("A002", "12"));
        // Position FILL '0', mode HOLD 'b', text "A002>12"; checksum 02+41+41+1B+30+62+41+30+30+32+3E+31+32+03 = 0x2A8
        assertThat(hex(line.written())).isEqualTo("0000000000" + "01" + "5A" + "3031" + "02" + "41" + "41" + "1B" + "30"
                + "62" + "41303032" + "3E" + "3132" + "03" + "30324138" + "04");
    }

    @Test
    void aCallTooWideEvenShortenedTravelsAcrossTheBoardWhole() {
        InMemoryTransport line = new InMemoryTransport();
        AlphaSignBoard counter = new AlphaSignBus(line).board(AlphaBoardConfig.counter("5", 0x15));
        counter.show(new BoardCall("A1002", "5"));
        byte[] expected = AlphaPackets.writeText(AlphaSignAddress.of(0x15), 'A', AlphaDisplayPosition.FILL,
                AlphaMode.ROTATE, "A1002");
        assertThat(hex(line.written())).isEqualTo(hex(expected));
        // Mode byte 'a' (rotate: right to left) and all five characters, no dots.
        assertThat(hex(line.written())).contains("1B3061" + "4131303032" + "03");
        assertThat(new String(line.written(), java.nio.charset.StandardCharsets.US_ASCII)).doesNotContain("...");
    }
}
