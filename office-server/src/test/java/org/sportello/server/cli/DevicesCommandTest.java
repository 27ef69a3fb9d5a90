package org.sportello.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.devices.printer.escpos.PrinterProfile;
import org.sportello.devices.printer.virtual.PrintedTicket;
import org.sportello.devices.printer.virtual.VirtualPrinter;
import org.sportello.devices.transport.Transport;
import org.sportello.devices.transport.TransportSpec;
import org.sportello.devices.transport.Transports;
import org.sportello.server.testing.WithoutFileCapabilities;

/**
 * {@code sportello devices ...} end to end on real transports: pty pairs made in-process where the test
 * plays the device, capture files, and ports that do not exist or are taken.
 */
@Timeout(20)
class DevicesCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(dir);
    }

    /** What the printer end received, read back by the independent ESC/POS interpreter. */
    private static List<PrintedTicket> ticketsIn(byte[] bytes, PrinterProfile profile) {
        VirtualPrinter paper = new VirtualPrinter(profile.dotWidth());
        paper.accept(bytes);
        return paper.tickets();
    }

    @Test
    void helpListsTheSubcommandsAndTheDeviceExitCode() {
        CliRun.Result top = cli.run("--help");
        assertThat(top.out()).contains("devices", "5   device test failed");
        CliRun.Result devices = cli.run("devices", "--help");
        assertThat(devices.exitCode()).isZero();
        assertThat(devices.out()).contains("list", "print-test", "status", "board-send", "announce", "read-card",
                "read-scan", "serial:/dev/ttyUSB0@9600", "5   device test failed");
        CliRun.Result none = cli.run("devices");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("choose: list, print-test");
    }

    @Test
    void listPrintsPortsAndUsbAsTextAndJson() throws Exception {
        CliRun.Result text = cli.run("devices", "list");
        assertThat(text.exitCode()).as(text.toString()).isZero();
        assertThat(text.out()).contains("Serial ports:", "USB devices:");

        CliRun.Result json = cli.run("devices", "list", "--json");
        assertThat(json.exitCode()).as(json.toString()).isZero();
        JsonNode doc = JSON.readTree(json.out());
        assertThat(doc.get("serialPorts").isArray()).isTrue();
        for (JsonNode port : doc.get("serialPorts")) {
            assertThat(port.get("transport").asText()).isEqualTo("serial:" + port.get("path").asText() + "@9600");
        }
        assertThat(doc.get("usb").get("devices").isArray()).isTrue();
        assertThat(doc.get("usb").has("problem")).isTrue();
        // An empty bus, or one libusb cannot read, is said in words, never left blank.
        if (doc.get("usb").get("devices").isEmpty()) {
            assertThat(text.out()).containsPattern("USB devices: (none found|.*USB)");
        } else {
            assertThat(text.out()).contains("bus ", doc.get("usb").get("devices").get(0).get("transport").asText());
        }
    }

    @Nested
    class PrintTest {
        @Test
        void printsTheDemoTicketOnARealPtyAndTheBytesSayTheCode() throws Exception {
            try (DevicePtys ptys = DevicePtys.start(dir, "printer");
                 PrinterOnPty printer = new PrinterOnPty(ptys.deviceSpec(), PrinterOnPty.READY)) {
                CliRun.Result r = cli.run("devices", "print-test", "--transport", ptys.hostSpec());
                assertThat(r.exitCode()).as(r.toString()).isZero();
                assertThat(r.out()).contains("Ticket:  A000, Accoglienza e informazioni (stampa di prova)",
                        "Result:  printed", "Status:  READY - La stampante è pronta");
                assertThat(printer.statusQueries()).as("DLE EOT 1-4 before and after").isEqualTo(8);
                List<PrintedTicket> tickets = ticketsIn(printer.received(), PrinterProfile.GENERIC_80);
                assertThat(tickets).hasSize(1);
                // Double-size service lines wrap; join them to read the name.
                assertThat(tickets.getFirst().text().replace('\n', ' ')).contains("A000", "Centro per l'Impiego di Bologna",
                        "Accoglienza e informazioni (stampa di prova)", "Stampa di prova: non è un biglietto valido.");
            }
        }

        @Test
        void inEnglishWithATmT20Profile() throws Exception {
            try (DevicePtys ptys = DevicePtys.start(dir, "printer");
                 PrinterOnPty printer = new PrinterOnPty(ptys.deviceSpec(), PrinterOnPty.PAPER_NEAR_END)) {
                CliRun.Result r = cli.run("devices", "print-test", "--transport", ptys.hostSpec(), "--profile", "tm-t20",
                        "--lang", "en");
                assertThat(r.exitCode()).as(r.toString()).isZero();
                assertThat(r.out()).contains("profile tm-t20", "Result:  printed",
                        "Status:  PAPER_LOW - The paper roll is nearly finished: prepare a new one");
                byte[] received = printer.received();
                // The TM-T20 profile switches automatic status back on (GS a n) before the first query.
                assertThat(DeviceLinks.hex(received)).startsWith("1D 61 0E 10 04 01");
                assertThat(ticketsIn(received, PrinterProfile.EPSON_TM_T20).getFirst().text().replace('\n', ' '))
                        .contains("A000", "Reception and information (test print)", "Test print: not a valid ticket.");
            }
        }

        @Test
        void paperOutPrintsNothingAndExitsWithTheDeviceCode() throws Exception {
            try (DevicePtys ptys = DevicePtys.start(dir, "printer");
                 PrinterOnPty printer = new PrinterOnPty(ptys.deviceSpec(), PrinterOnPty.PAPER_OUT)) {
                CliRun.Result r = cli.run("devices", "print-test", "--transport", ptys.hostSpec());
                assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.DEVICE.code());
                assertThat(r.out()).contains("Result:  NOT printed", "Status:  PAPER_OUT");
                assertThat(r.err()).contains("sportello devices print-test: the printer did not print the ticket",
                        "Il rotolo di carta è finito");
                assertThat(ticketsIn(printer.received(), PrinterProfile.GENERIC_80)).isEmpty();
                assertThat(new String(printer.received(), StandardCharsets.ISO_8859_1)).doesNotContain("A000");
            }
        }

        @Test
        void captureFileKeepsTheTicketAndTheStatusIsUnknown() throws Exception {
            Path capture = dir.resolve("ticket.bin");
            CliRun.Result r = cli.run("devices", "print-test", "--transport", "capture:" + capture, "--lang", "en");
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.out()).contains("Result:  printed", "Status:  UNKNOWN - The printer did not answer");
            List<PrintedTicket> tickets = ticketsIn(Files.readAllBytes(capture), PrinterProfile.GENERIC_80);
            assertThat(tickets).singleElement().satisfies(t -> assertThat(t.text()).contains("A000"));
        }
    }

    @Nested
    class Status {
        @Test
        void explainsEveryGroupInItalian() throws Exception {
            try (DevicePtys ptys = DevicePtys.start(dir, "printer");
                 PrinterOnPty printer = new PrinterOnPty(ptys.deviceSpec(), PrinterOnPty.PAPER_NEAR_END)) {
                CliRun.Result r = cli.run("devices", "status", "--transport", ptys.hostSpec());
                assertThat(r.exitCode()).as(r.toString()).isZero();
                assertThat(r.out()).contains("Reply:   ANSWERED",
                        "DLE EOT 1 (printer):         nothing to report",
                        "DLE EOT 4 (roll paper):      PAPER_NEAR_END: Il rotolo di carta sta per finire",
                        "Status:  PAPER_LOW");
                assertThat(printer.statusQueries()).isEqualTo(4);
                assertThat(ticketsIn(printer.received(), PrinterProfile.GENERIC_80)).isEmpty();
            }
        }

        @Test
        void coverOpenInEnglishIsADeviceFailure() throws Exception {
            try (DevicePtys ptys = DevicePtys.start(dir, "printer");
                 PrinterOnPty printer = new PrinterOnPty(ptys.deviceSpec(), PrinterOnPty.COVER_OPEN)) {
                CliRun.Result r = cli.run("devices", "status", "--transport", ptys.hostSpec(), "--lang", "en");
                assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.DEVICE.code());
                assertThat(r.out()).contains("DLE EOT 1 (printer):         OFFLINE: The printer is offline",
                        "DLE EOT 2 (offline cause):   COVER_OPEN: The paper cover is open: close it",
                        "Status:  COVER_OPEN");
                assertThat(r.err()).contains("the printer cannot print: COVER_OPEN");
            }
        }

        @Test
        void aSilentLineIsNoAnswer() throws Exception {
            try (DevicePtys ptys = DevicePtys.start(dir, "printer")) {
                CliRun.Result r = cli.run("devices", "status", "--transport", ptys.hostSpec(), "--lang", "en");
                assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.DEVICE.code());
                assertThat(r.out()).contains("Reply:   NO_ANSWER", "The printer did not answer the status request");
                assertThat(r.err()).contains("did not answer");
            }
        }
    }

    @Test
    void boardSendWritesTheExactAlphaFrame() throws Exception {
        try (DevicePtys ptys = DevicePtys.start(dir, "board");
             Transport board = Transports.open(TransportSpec.parse(ptys.deviceSpec()))) {
            CliRun.Result r = cli.run("devices", "board-send", "--transport", ptys.hostSpec(), "--address", "5",
                    "--text", "A023 > 5");
            assertThat(r.exitCode()).as(r.toString()).isZero();
            // NUL x5, SOH, type 'Z', address "05", STX, 'A' (write TEXT), file 'A', ESC '0' (fill) 'b' (hold),
            // text, ETX, checksum of STX..ETX = 0x02BD as "02BD", EOT.
            String expected = "00 00 00 00 00 01 5A 30 35 02 41 41 1B 30 62 41 30 32 33 20 3E 20 35 03 30 32 42 44 04";
            assertThat(r.out()).contains("Frame:   29 bytes: " + expected, "alpha address 05");
            assertThat(DeviceLinks.hex(readAtLeast(board, 29))).isEqualTo(expected);
        }
    }

    private static byte[] readAtLeast(Transport t, int n) throws Exception {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buffer = new byte[256];
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (got.size() < n && System.nanoTime() < deadline) {
            got.write(buffer, 0, t.read(buffer, Duration.ofMillis(50)));
        }
        return got.toByteArray();
    }

    @Test
    void announceDryRunListsTheClipsInBothLanguages() {
        CliRun.Result it = cli.run("devices", "announce", "--code", "A023", "--counter", "5", "--dry-run");
        assertThat(it.exitCode()).as(it.toString()).isZero();
        assertThat(it.out()).contains("Clips:  chime, it/numero, it/A, it/0, it/2, it/3, it/sportello, it/5")
                .containsPattern("Length: \\d+\\.\\d s");
        CliRun.Result en = cli.run("devices", "announce", "--code", "b7", "--counter", "12", "--lang", "en",
                "--dry-run");
        assertThat(en.out()).contains("Clips:  chime, en/number, en/B, en/7, en/counter, en/1, en/2");
        CliRun.Result bad = cli.run("devices", "announce", "--code", "***", "--counter", "5", "--dry-run");
        assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(bad.err()).contains("--code takes letters A-Z and digits");
    }

    @Nested
    class ReadCard {
        @Test
        void validBarcodeTextPrintsTheCodiceFiscale() {
            CliRun.Result r = cli.run("devices", "read-card", "--text", "RSSMRA85T10A562S");
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.out()).contains("Codice fiscale: RSSMRA85T10A562S (valid, from BARCODE)",
                    "Born 1985-12-10, sex MALE, place code A562");
        }

        @Test
        void magstripeTextIsDecodedToo() {
            CliRun.Result r = cli.run("devices", "read-card", "--text", "%RSSMRA85T10A562S^ROSSI MARIO^80380001?");
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.out()).contains("RSSMRA85T10A562S (valid, from MAGSTRIPE_TRACK1)");
        }

        @Test
        void wrongCheckCharacterIsRefusedWithTheReason() {
            CliRun.Result r = cli.run("devices", "read-card", "--text", "RSSMRA85T10A562T");
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.DEVICE.code());
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).contains("no valid codice fiscale: INVALID_CODICE_FISCALE", "check");
        }

        @Test
        void fromAReaderOnARealPty() throws Exception {
            try (DevicePtys ptys = DevicePtys.start(dir, "reader");
                 Transport reader = Transports.open(TransportSpec.parse(ptys.deviceSpec()))) {
                Thread swipe = Thread.ofPlatform().start(() -> {
                    try {
                        Thread.sleep(300);
                        reader.write("RSSMRA85T10A562S\r\n".getBytes(StandardCharsets.US_ASCII), Duration.ofSeconds(1));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                CliRun.Result r = cli.run("devices", "read-card", "--transport", ptys.hostSpec(), "--seconds", "5");
                swipe.join();
                assertThat(r.exitCode()).as(r.toString()).isZero();
                assertThat(r.out()).contains("Codice fiscale: RSSMRA85T10A562S (valid, from BARCODE)");
            }
        }

        @Test
        void textAndTransportTogetherAreAUsageError() {
            CliRun.Result r = cli.run("devices", "read-card", "--text", "X", "--transport", "sim");
            assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE.code());
            assertThat(r.err()).contains("mutually exclusive");
        }
    }

    @Test
    void readScanPrintsFramesAndDropsFromARealPty() throws Exception {
        try (DevicePtys ptys = DevicePtys.start(dir, "scanner");
             Transport scanner = Transports.open(TransportSpec.parse(ptys.deviceSpec()))) {
            Thread scans = Thread.ofPlatform().start(() -> {
                try {
                    Thread.sleep(300);
                    scanner.write("0193a1f2-7c4e\r".getBytes(StandardCharsets.US_ASCII), Duration.ofSeconds(1));
                    scanner.write(new byte[] {'Z', 0x01, 'Q', '\r'}, Duration.ofSeconds(1)); // line noise
                    scanner.write("RSSMRA85T10A562S\r".getBytes(StandardCharsets.US_ASCII), Duration.ofSeconds(1));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            CliRun.Result r = cli.run("devices", "read-scan", "--transport", ptys.hostSpec(), "--seconds", "8",
                    "--count", "2");
            scans.join();
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.out()).contains("scan 1: 0193a1f2-7c4e", "dropped (GARBAGE, control byte 0x01",
                    "Z<01>Q", "scan 2: RSSMRA85T10A562S", "2 scan(s)");
            assertThat(r.millis()).as("stops at --count, not at --seconds").isLessThan(6000);
        }
    }

    @Nested
    class BadTransports {
        @Test
        void unparseableTransportsAreUsageErrorsThatSayWhy() {
            CliRun.Result noBaud = cli.run("devices", "print-test", "--transport", "serial:/dev/ttyUSB0");
            assertThat(noBaud.exitCode()).isEqualTo(ExitCode.USAGE.code());
            assertThat(noBaud.err()).contains("invalid transport 'serial:/dev/ttyUSB0': missing '@' and baud rate")
                    .hasLineCount(1);
            CliRun.Result noKind = cli.run("devices", "board-send", "--transport", "ttyUSB0", "--address", "1",
                    "--text", "x");
            assertThat(noKind.exitCode()).isEqualTo(ExitCode.USAGE.code());
            assertThat(noKind.err()).contains("invalid transport 'ttyUSB0'", "serial:..., usb:..., tcp:...");
            CliRun.Result badProfile = cli.run("devices", "status", "--transport", "sim", "--profile", "tm-t99");
            assertThat(badProfile.exitCode()).isEqualTo(ExitCode.USAGE.code());
            assertThat(badProfile.err()).contains("unknown printer profile 'tm-t99'; known: tm-t20, tm-t88");
        }

        @Test
        void aMissingSerialPortIsADeviceFailureForEveryCommand() {
            String missing = "serial:" + dir.resolve("ttyUSB9") + "@9600";
            for (String[] args : List.of(
                    new String[] {"devices", "print-test", "--transport", missing},
                    new String[] {"devices", "status", "--transport", missing},
                    new String[] {"devices", "board-send", "--transport", missing, "--address", "1", "--text", "x"},
                    new String[] {"devices", "read-card", "--transport", missing},
                    new String[] {"devices", "read-scan", "--transport", missing})) {
                CliRun.Result r = cli.run(args);
                assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.DEVICE.code());
                assertThat(r.err()).as(args[1]).contains("serial port " + dir.resolve("ttyUSB9") + " does not exist",
                        "sportello devices list").hasLineCount(1);
            }
        }

        @Test
        void aPortAnotherProgramHoldsIsBusy() throws Exception {
            try (DevicePtys ptys = DevicePtys.start(dir, "printer");
                 Transport holder = Transports.open(TransportSpec.parse(ptys.hostSpec()))) {
                CliRun.Result r = cli.run("devices", "print-test", "--transport", ptys.hostSpec());
                assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.DEVICE.code());
                assertThat(r.err()).contains("another program", "fuser");
                assertThat(holder.isOpen()).isTrue();
            }
        }

        @Test
        void aPortWithoutPermissionSaysWhichGroupIsMissing() throws Exception {
            Path port = Files.createFile(dir.resolve("ttyS9"));
            Files.setPosixFilePermissions(port, java.util.Set.of());
            // root reads any file whatever its mode: the command runs where root's file capabilities are
            // dropped. `devices status` checks and opens the port on the calling thread, so the drop applies.
            CliRun.Result r = WithoutFileCapabilities.run(
                    () -> cli.run("devices", "status", "--transport", "serial:" + port + "@9600"));
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.DEVICE.code());
            assertThat(r.err()).contains("permission denied", "dialout");
        }

        @Test
        void anUnreachablePrinterOnTcpIsADeviceFailure() throws Exception {
            int closedPort;
            try (var s = new java.net.ServerSocket(0)) {
                closedPort = s.getLocalPort(); // free again once closed: nothing listens there
            }
            CliRun.Result r = cli.run("devices", "print-test", "--transport", "tcp:127.0.0.1:" + closedPort);
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.DEVICE.code());
            assertThat(r.err()).contains("127.0.0.1:" + closedPort);
        }
    }
}
