package org.sportello.devices.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sportello.devices.DeviceStatus;
import org.sportello.devices.testsupport.InMemoryTransport;
import org.sportello.devices.testsupport.PtySerialTransport;
import org.sportello.devices.transport.pty.PtyPair;

@Timeout(20)
class AlphaSignBoardTest {
    private static final AlphaBoardConfig HALL = new AlphaBoardConfig("hall", AlphaSignAddress.of(1), 'A',
            AlphaDisplayPosition.MIDDLE_LINE, AlphaMode.HOLD, "{ticket} > {counter}", Duration.ofSeconds(1));

    private static String hex(byte[] bytes) {
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    /** Written out by hand from document 9708-8061's packet layout; the checksum summed by hand. */
    private static final String GOLDEN_A023_TO_5 =
            "0000000000" // 5 x NUL: baud-rate sync
            + "01"       // SOH
            + "5A"       // type code 'Z': all sign types
            + "3031"     // address "01"
            + "02"       // STX
            + "41"       // command 'A': write TEXT file
            + "41"       // file label 'A'
            + "1B"       // ESC
            + "20"       // display position: middle line
            + "62"       // mode 'b': hold
            + "41303233203E2035" // "A023 > 5"
            + "03"       // ETX
            + "30324144" // checksum "02AD" = 02+41+41+1B+20+62+41+30+32+33+20+3E+20+35+03
            + "04";      // EOT

    @Test
    void goldenBytesForACall() {
        InMemoryTransport line = new InMemoryTransport();
        AlphaSignBoard board = new AlphaSignBus(line).board(HALL);
        BoardResult result = board.show(new BoardCall("A023", "5"));
        assertThat(result).isEqualTo(BoardResult.sent(DeviceStatus.READY));
        assertThat(hex(line.written())).isEqualTo(GOLDEN_A023_TO_5);
        assertThat(hex(board.packetFor(new BoardCall("A023", "5")))).isEqualTo(GOLDEN_A023_TO_5);
    }

    @Test
    void goldenBytesForClearAndBroadcast() {
        byte[] clear = AlphaPackets.writeText(AlphaSignAddress.broadcast(), 'A', AlphaDisplayPosition.FILL,
                AlphaMode.HOLD, "");
        // 02+41+41+1B+30+62+03 = 0x134
        assertThat(hex(clear)).isEqualTo("0000000000" + "01" + "5A" + "3030" + "02" + "41" + "41" + "1B" + "30" + "62"
                + "03" + "30313334" + "04");
    }

    @Test
    void addressesAreTwoUpperCaseHexDigits() {
        assertThat(AlphaSignAddress.of(10).hex()).isEqualTo("0A");
        assertThat(AlphaSignAddress.of(255).hex()).isEqualTo("FF");
        byte[] packet = AlphaPackets.writeText(new AlphaSignAddress('!', 0xB7), 'A', AlphaDisplayPosition.FILL,
                AlphaMode.HOLD, "X");
        assertThat(new String(packet, 6, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("!B7");
    }

    @Test
    void checksumWrapsAtSixteenBits() {
        byte[] many = new byte[300];
        java.util.Arrays.fill(many, (byte) 0xFF); // 300 * 255 = 76500 = 0x12AD4
        assertThat(AlphaPackets.checksum(many)).isEqualTo("2AD4");
    }

    @Test
    void userTextNeverCarriesControlBytes() {
        assertThat(new String(AlphaPackets.signText("Università\u0003\u0004 €"), java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("Universita?? ?");
    }

    @Test
    void boardsOnOneRs485LineEachGetTheirAddress() {
        InMemoryTransport line = new InMemoryTransport();
        AlphaSignBus bus = new AlphaSignBus(line);
        AlphaSignBoard hall = bus.board(AlphaBoardConfig.hall(0x01));
        AlphaSignBoard counter5 = bus.board(AlphaBoardConfig.counter("5", 0x15));
        hall.show(new BoardCall("A023", "5"));
        counter5.show(new BoardCall("A023", "5"));
        byte[] expectedHall = AlphaPackets.writeText(AlphaSignAddress.of(1), 'A', AlphaDisplayPosition.FILL,
                AlphaMode.HOLD, "A023 > 5");
        byte[] expectedCounter = AlphaPackets.writeText(AlphaSignAddress.of(0x15), 'A', AlphaDisplayPosition.FILL,
                AlphaMode.HOLD, "A023");
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        both.writeBytes(expectedHall);
        both.writeBytes(expectedCounter);
        assertThat(hex(line.written())).isEqualTo(hex(both.toByteArray()));
        assertThat(counter5.describe()).contains("alpha:15@memory").contains("counter 5");
    }

    @Test
    void aLostLineIsOfflineThenRecovers() {
        InMemoryTransport line = new InMemoryTransport();
        AlphaSignBoard board = new AlphaSignBus(line).board(HALL);
        assertThat(board.status()).isEqualTo(DeviceStatus.UNKNOWN);
        line.failNextWrite("USB-RS485 adapter unplugged");
        BoardResult failed = board.show(new BoardCall("A023", "5"));
        assertThat(failed.sent()).isFalse();
        assertThat(failed.status()).isEqualTo(DeviceStatus.OFFLINE);
        assertThat(failed.detail()).contains("unplugged");
        assertThat(board.show(new BoardCall("A024", "5")).sent()).isTrue();
        assertThat(board.status()).isEqualTo(DeviceStatus.READY);
        assertThat(line.opens()).isEqualTo(2);
    }

    @Test
    void framesArriveByteExactThroughARealPty() throws Exception {
        try (PtyPair pty = PtyPair.open();
             PtySerialTransport signSide = new PtySerialTransport(pty.b().toString());
             AlphaSignBus bus = new AlphaSignBus(new PtySerialTransport(pty.a().toString()))) {
            signSide.open();
            AlphaSignBoard hall = bus.board(HALL);
            AlphaSignBoard counter = bus.board(AlphaBoardConfig.counter("5", 0x15));
            assertThat(hall.show(new BoardCall("A023", "5")).sent()).isTrue();
            assertThat(counter.clear().sent()).isTrue();
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            expected.writeBytes(hall.packetFor(new BoardCall("A023", "5")));
            expected.writeBytes(AlphaPackets.writeText(AlphaSignAddress.of(0x15), 'A', AlphaDisplayPosition.FILL,
                    AlphaMode.HOLD, ""));
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[256];
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (received.size() < expected.size() && System.nanoTime() < deadline) {
                int n = signSide.read(buffer, Duration.ofMillis(100));
                received.write(buffer, 0, n);
            }
            assertThat(hex(received.toByteArray())).isEqualTo(hex(expected.toByteArray()));
            assertThat(hex(received.toByteArray())).startsWith(GOLDEN_A023_TO_5);
        }
    }

    @Test
    void simulatedBoardRemembersWhatItShows() {
        SimulatedDisplayBoard sim = new SimulatedDisplayBoard("hall");
        sim.show(new BoardCall("A023", "5"));
        assertThat(sim.showing()).contains(new BoardCall("A023", "5"));
        sim.clear();
        assertThat(sim.showing()).isEmpty();
        assertThat(sim.history()).hasSize(2);
    }
}
