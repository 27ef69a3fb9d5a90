package org.sportello.devices.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.devices.DeviceStatus;
import org.sportello.devices.board.AlphaSignBoard;
import org.sportello.devices.board.BoardCall;
import org.sportello.devices.board.SimulatedDisplayBoard;
import org.sportello.devices.card.PcscCardReader;
import org.sportello.devices.card.SerialCardReader;
import org.sportello.devices.card.SimulatedCardReader;
import org.sportello.devices.card.WedgeCardReader;
import org.sportello.devices.printer.SimulatedTicketPrinter;
import org.sportello.devices.printer.escpos.EscPosTicketPrinter;
import org.sportello.devices.printer.escpos.PrinterProfile;
import org.sportello.devices.scanner.SerialBarcodeScanner;
import org.sportello.devices.scanner.SimulatedBarcodeScanner;
import org.sportello.devices.scanner.WedgeBarcodeScanner;
import org.sportello.devices.transport.TransportSpec;
import org.sportello.devices.voice.AnnouncementLanguage;
import org.sportello.devices.voice.QueuedAnnouncer;

/** A devices file becomes the driver classes it names; every wrong name is refused with a reason. */
@Timeout(10)
class DeviceFactoryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneId.of("Europe/Rome"));
    private final DeviceFactory factory = new DeviceFactory(CLOCK);

    @Test
    void noFileMeansASimulatorForEveryPort() {
        try (WorkstationDevices d = factory.create(DevicesConfig.simulators())) {
            assertThat(d.printer()).isInstanceOf(SimulatedTicketPrinter.class);
            assertThat(d.boards()).containsOnlyKeys("main");
            assertThat(d.board("main")).containsInstanceOf(SimulatedDisplayBoard.class);
            assertThat(d.announcer()).isInstanceOf(QueuedAnnouncer.class);
            assertThat(d.announcementLanguage()).isEqualTo(AnnouncementLanguage.ITALIAN);
            assertThat(d.cardReader()).isInstanceOf(SimulatedCardReader.class);
            assertThat(d.scanner()).isInstanceOf(SimulatedBarcodeScanner.class);
        }
    }

    @Test
    void aFileOfRealDevicesGivesTheirDrivers(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("devices.properties");
        Files.writeString(file, """
                printer.driver=escpos
                printer.transport=capture:%s
                printer.profile=tm-t88
                board.main.driver=alpha
                board.main.transport=serial:/dev/ttyUSB1@9600,7E1,rs485
                board.main.address=1
                board.counter5.driver=alpha
                board.counter5.transport=serial:/dev/ttyUSB1@9600,7E1,rs485
                board.counter5.address=5
                board.counter6.driver=sim
                announcer.driver=clips
                announcer.lang=en
                cardreader.driver=pcsc
                cardreader.reader=ACS
                scanner.driver=serial
                scanner.transport=serial:/dev/ttyACM0@115200
                scanner.suffix=crlf
                """.formatted(dir.resolve("printer.bin")));
        try (WorkstationDevices d = factory.create(DevicesConfig.load(file))) {
            assertThat(d.printer()).isInstanceOf(EscPosTicketPrinter.class);
            assertThat(((EscPosTicketPrinter) d.printer()).profile()).isEqualTo(PrinterProfile.EPSON_TM_T88);
            assertThat(d.boards().keySet()).containsExactly("main", "counter5", "counter6");
            AlphaSignBoard hall = (AlphaSignBoard) d.boards().get("main");
            AlphaSignBoard counter5 = (AlphaSignBoard) d.boards().get("counter5");
            assertThat(d.boards().get("counter6")).isInstanceOf(SimulatedDisplayBoard.class);
            // Two boards on one RS-485 line: one bus, addresses 01 and 05, hall and counter layouts.
            assertThat(hall.describe()).startsWith("alpha:01@serial:/dev/ttyUSB1@9600,7E1,rs485");
            assertThat(counter5.describe()).startsWith("alpha:05@serial:/dev/ttyUSB1@9600,7E1,rs485");
            assertThat(new String(hall.packetFor(new BoardCall("A023", "5")))).contains("A023 > 5");
            assertThat(new String(counter5.packetFor(new BoardCall("A023", "5")))).contains("A023").doesNotContain(">");
            assertThat(d.announcer()).isInstanceOf(QueuedAnnouncer.class);
            assertThat(d.announcementLanguage()).isEqualTo(AnnouncementLanguage.ENGLISH);
            assertThat(d.cardReader()).isInstanceOf(PcscCardReader.class);
            assertThat(d.cardReader().describe()).isEqualTo("pcsc:ACS");
            assertThat(d.scanner()).isInstanceOf(SerialBarcodeScanner.class);
            assertThat(d.scanner().describe()).isEqualTo("serial:/dev/ttyACM0@115200");
        }
    }

    @Test
    void wedgeAndSerialReadersAndWedgeScanner() {
        DevicesConfig c = DevicesConfig.parse("""
                cardreader.driver=wedge
                scanner.driver=wedge
                """, "t");
        assertThat(factory.cardReader(c.cardReader())).isInstanceOf(WedgeCardReader.class);
        assertThat(factory.scanner(c.scanner())).isInstanceOf(WedgeBarcodeScanner.class);
        DevicesConfig serial = DevicesConfig.parse("cardreader.driver=serial\ncardreader.transport=tcp:10.0.0.7:4001\n", "t");
        assertThat(factory.cardReader(serial.cardReader())).isInstanceOf(SerialCardReader.class);
    }

    @Test
    void anEscposPrinterOnAMissingPortIsOfflineNotAnException() {
        DevicesConfig c = DevicesConfig.parse("printer.driver=escpos\nprinter.transport=serial:/nonexistent/ttyX@9600\n",
                "t");
        try (var printer = factory.printer(c.printer())) {
            // The factory opens nothing; the first use finds the port missing and reports it as a status.
            assertThat(printer.status()).isEqualTo(DeviceStatus.OFFLINE);
        }
    }

    @Test
    void unknownDriverNamesInCodeAreRefusedWithTheKnownOnes() {
        DeviceConfig printer = new DeviceConfig("printer", DeviceKind.PRINTER, "epson", new TransportSpec.Simulator(),
                Map.of());
        assertThatThrownBy(() -> factory.printer(printer)).isInstanceOf(InvalidDevicesConfigException.class)
                .hasMessageContaining("printer.driver=epson: unknown printer driver; known: escpos, sim");
        DeviceConfig scanner = new DeviceConfig("scanner", DeviceKind.SCANNER, "hid", new TransportSpec.Simulator(),
                Map.of());
        assertThatThrownBy(() -> factory.scanner(scanner)).hasMessageContaining("known: serial, sim, wedge");
        DeviceConfig board = new DeviceConfig("board.main", DeviceKind.BOARD, "alpha", new TransportSpec.Simulator(),
                Map.of("address", "1"));
        assertThatThrownBy(() -> factory.boards(Map.of("main", board)))
                .hasMessageContaining("board.main.driver=alpha needs board.main.transport");
        assertThatThrownBy(() -> factory.announcer(printer)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("printer is a printer, not a announcer");
    }

    @Test
    void unknownDriverNamesInAFileAreRefusedWithTheirLine() {
        assertThatThrownBy(() -> DevicesConfig.parse("board.main.driver=betabrite\n", "devices.properties"))
                .isInstanceOf(InvalidDevicesConfigException.class)
                .hasMessageContaining("line 1: unknown board driver 'betabrite'; known: alpha, sim");
    }

    @Test
    void anAnnouncerCanSpeakBothLanguagesInTheOrderGiven() {
        DeviceConfig both = DevicesConfig.parse("announcer.driver=sim\nannouncer.lang=it, en\n", "devices.properties")
                .announcer();
        assertThat(factory.announcementLanguages(both))
                .containsExactly(AnnouncementLanguage.ITALIAN, AnnouncementLanguage.ENGLISH);
        DeviceConfig twice = DevicesConfig.parse("announcer.driver=sim\nannouncer.lang=it,it\n", "devices.properties")
                .announcer();
        assertThat(DeviceFactory.check(twice)).singleElement().asString().startsWith("announcer.lang=it,it: unknown language");
    }

    @Test
    void badOptionValuesAreAllReportedAtOnce() {
        DevicesConfig c = DevicesConfig.parse("""
                printer.driver=escpos
                printer.transport=tcp:10.0.0.9
                printer.profile=tm-t99
                board.main.driver=alpha
                board.main.transport=serial:/dev/ttyUSB1@9600
                board.main.address=300
                announcer.driver=clips
                announcer.lang=de
                scanner.driver=serial
                scanner.transport=serial:/dev/ttyACM0@9600
                scanner.suffix=tab
                """, "devices.properties");
        InvalidDevicesConfigException e = (InvalidDevicesConfigException) org.assertj.core.api.Assertions.catchThrowable(
                () -> factory.create(c));
        assertThat(e.problems()).containsExactlyInAnyOrder(
                "printer.profile=tm-t99: unknown printer profile; known: tm-t20, tm-t88, generic-80, generic-58",
                "board.main.address=300: Alpha sign addresses are 0 (all signs) to 255",
                "announcer.lang=de: unknown language; known: it, en, or both in the order spoken (it,en)",
                "scanner.suffix=tab: unknown suffix; known: cr, lf, crlf, any");
    }

    @Test
    void theReadmeExampleIsAValidFile() throws Exception {
        Path readme = Path.of("..", "README.md");
        assertThat(readme).as("the project README.md beside the module (run the tests from a full checkout)").exists();
        String text = Files.readString(readme);
        int start = text.indexOf("```properties", text.indexOf("## Devices"));
        assertThat(start).as("the Devices section shows a devices.properties").isPositive();
        String example = text.substring(text.indexOf('\n', start) + 1, text.indexOf("```", start + 3));
        try (WorkstationDevices d = factory.create(DevicesConfig.parse(example, "README.md"))) {
            assertThat(d.printer()).isInstanceOf(EscPosTicketPrinter.class);
            assertThat(d.boards().keySet()).containsExactly("main", "counter5");
            assertThat(d.cardReader()).isInstanceOf(PcscCardReader.class);
            assertThat(d.scanner()).isInstanceOf(SerialBarcodeScanner.class);
        }
    }
}
