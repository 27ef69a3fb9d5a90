package org.sportello.devices.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sportello.devices.transport.FlowControl;
import org.sportello.devices.transport.TransportSpec;

@Timeout(10)
class DevicesConfigTest {

    @Test
    void missingFileMeansEverythingSimulated(@TempDir Path dir) {
        DevicesConfig c = DevicesConfig.load(dir.resolve("devices.properties"));
        assertThat(c).isEqualTo(DevicesConfig.simulators());
        assertThat(c.printer().isSimulated()).isTrue();
        assertThat(c.printer().transport()).isEqualTo(new TransportSpec.Simulator());
        assertThat(c.boards()).containsOnlyKeys("main");
        assertThat(c.announcer().isSimulated()).isTrue();
        assertThat(c.cardReader().isSimulated()).isTrue();
        assertThat(c.scanner().isSimulated()).isTrue();
        assertThat(c.source()).isEmpty();
    }

    @Test
    void fullFileIsParsedIntoRecords(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("devices.properties");
        Files.writeString(file, """
                # Sportello, front desk 1
                printer.driver = escpos
                printer.transport=serial:/dev/ttyS0@19200,rtscts
                printer.profile=tm-t20

                board.main.driver=sim
                board.main.address=1
                board.counter5.driver=alpha
                board.counter5.transport=serial:/dev/ttyUSB1@9600,rs485
                board.counter5.address=5
                ! announcer on the hall PC
                announcer.driver=clips
                announcer.lang=it
                cardreader.driver=pcsc
                scanner.driver=serial
                scanner.transport=serial:/dev/ttyACM0@115200
                """);
        DevicesConfig c = DevicesConfig.load(file);
        assertThat(c.source()).contains(file);
        assertThat(c.printer().driver()).isEqualTo("escpos");
        assertThat(c.printer().isSimulated()).isFalse();
        assertThat(c.printer().option("profile")).contains("tm-t20");
        TransportSpec.Serial serial = (TransportSpec.Serial) c.printer().transport();
        assertThat(serial.baud()).isEqualTo(19200);
        assertThat(serial.flowControl()).isEqualTo(FlowControl.RTS_CTS);
        assertThat(c.boards().keySet()).containsExactly("main", "counter5");
        assertThat(c.board("counter5").orElseThrow().intOption("address")).hasValue(5);
        assertThat(c.board("counter5").orElseThrow().name()).isEqualTo("board.counter5");
        assertThat(((TransportSpec.Serial) c.board("counter5").orElseThrow().transport()).rs485()).isTrue();
        assertThat(c.board("main").orElseThrow().transport()).isEqualTo(new TransportSpec.Simulator());
        assertThat(c.announcer().driver()).isEqualTo("clips");
        assertThat(c.announcer().option("lang")).contains("it");
        assertThat(c.cardReader().driver()).isEqualTo("pcsc");
        assertThat(c.cardReader().transport()).isEqualTo(new TransportSpec.Simulator());
        assertThat(c.scanner().transport().text()).isEqualTo("serial:/dev/ttyACM0@115200");
    }

    @Test
    void devicesNotMentionedStaySimulated() {
        DevicesConfig c = DevicesConfig.parse("printer.driver=escpos\nprinter.transport=tcp:10.0.0.9\n", "test");
        assertThat(c.printer().transport()).isEqualTo(new TransportSpec.Tcp("10.0.0.9", 9100));
        assertThat(c.boards().get("main").isSimulated()).isTrue();
        assertThat(c.scanner().isSimulated()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "printer.driver escpos                         | line 1: expected key=value",
        "printr.driver=escpos                          | line 1: unknown device 'printr'",
        "printer.transprot=sim                         | line 1: unknown key 'printer.transprot'; printer takes driver, transport, profile",
        "printer.driver=                               | line 1: printer.driver is empty",
        "printer.driver=epson                          | line 1: unknown printer driver 'epson'; known: escpos, sim",
        "printer.driver=escpos                         | printer.driver=escpos needs printer.transport",
        "printer.profile=tm-t20-80mm                   | printer.driver is missing; known: escpos, sim",
        "printer.driver=escpos\\nprinter.transport=serial:/dev/ttyS0 | line 2: printer.transport: invalid transport 'serial:/dev/ttyS0': missing '@' and baud rate",
        "printer.driver=sim\\nprinter.driver=escpos    | line 2: printer.driver is already set on line 1",
        "board.driver=sim                              | board keys need a board name, like board.main.driver",
        "board.Main.driver=sim                         | board name 'Main' must be lower-case",
        "board.main.driver=sim\\nboard.main.address=one | line 2: board.main.address=one is not a board address",
        "board.main.driver=sim\\nboard.main.columns=wide | line 2: board.main.columns=wide is not a board width",
        "board.main.address=1                          | board.main.driver is missing",
        "announcer.driver=tts                          | unknown announcer driver 'tts'; known: clips, sim",
        "scanner.driver=Wedge!                         | driver 'Wedge!' must be lower-case",
        "cardreader.driver.x=pcsc                      | expected cardreader.PROPERTY",
        "board.main.driver=led                         | unknown board driver 'led'; known: alpha, sim",
        "cardreader.driver=magic                       | unknown cardreader driver 'magic'; known: pcsc, serial, sim, wedge",
        "scanner.driver=cdc                            | unknown scanner driver 'cdc'; known: serial, sim, wedge",
        "scanner.driver=serial                         | scanner.driver=serial needs scanner.transport",
    })
    void mistakesAreReportedWithTheirLine(String text, String expected) {
        String file = text.replace("\\n", "\n");
        assertThatThrownBy(() -> DevicesConfig.parse(file, "devices.properties"))
                .isInstanceOf(InvalidDevicesConfigException.class)
                .hasMessageContaining("errors in devices.properties")
                .hasMessageContaining(expected);
    }

    @Test
    void theA4PrinterDefaultsToTheSystemsDefaultAndCanBeNamedOrSimulated() {
        assertThat(DevicesConfig.simulators().a4Printer().driver()).isEqualTo("system");
        assertThat(DevicesConfig.simulators().a4Printer().option("name")).isEmpty();

        DevicesConfig named = DevicesConfig.parse("a4printer.driver=system\na4printer.name=HP LaserJet M404\n", "t");
        assertThat(named.a4Printer().option("name")).contains("HP LaserJet M404");
        assertThat(named.printer().isSimulated()).as("the counter printer is still the simulator").isTrue();

        DevicesConfig sim = DevicesConfig.parse("a4printer.driver=sim\na4printer.folder=/tmp/printed\n", "t");
        assertThat(sim.a4Printer().isSimulated()).isTrue();
        assertThat(sim.a4Printer().option("folder")).contains("/tmp/printed");

        assertThatThrownBy(() -> DevicesConfig.parse("a4printer.driver=cups\na4printer.colour=red\n", "devices.properties"))
                .isInstanceOf(InvalidDevicesConfigException.class)
                .hasMessageContaining("unknown a4printer driver 'cups'")
                .hasMessageContaining("a4printer takes driver, transport, folder, name");
    }

    @Test
    void aTransportForADriverThatTakesNoneIsAMistake() {
        assertThatThrownBy(() -> DevicesConfig.parse("cardreader.driver=pcsc\ncardreader.transport=serial:/dev/ttyS0@9600\n",
                "devices.properties")).isInstanceOf(InvalidDevicesConfigException.class)
                .hasMessageContaining("line 2: cardreader.driver=pcsc takes no transport; remove cardreader.transport "
                        + "or use a driver that needs one (serial)");
        // The simulator ignores a leftover transport, so switching a device to sim is a one-line change.
        assertThat(DevicesConfig.parse("printer.driver=sim\nprinter.transport=tcp:10.0.0.9\n", "f").printer().isSimulated())
                .isTrue();
    }

    @Test
    void allMistakesAreReportedAtOnce() {
        InvalidDevicesConfigException e = (InvalidDevicesConfigException) org.assertj.core.api.Assertions.catchThrowable(
                () -> DevicesConfig.parse("printer.driver=epson\nscanner.colour=red\nboard.x.address=1\n", "f"));
        assertThat(e.problems()).hasSize(3);
        assertThat(e.problems().get(0)).startsWith("line 1:");
        assertThat(e.problems().get(1)).startsWith("line 2:");
        assertThat(e.problems().get(2)).startsWith("line 3:");
    }

    @Test
    void defaultPathCanBeOverridden() {
        String old = System.getProperty(DevicesConfig.PATH_PROPERTY);
        try {
            System.clearProperty(DevicesConfig.PATH_PROPERTY);
            assertThat(DevicesConfig.defaultPath().endsWith(Path.of(".sportello", "devices.properties"))).isTrue();
            System.setProperty(DevicesConfig.PATH_PROPERTY, "/etc/sportello/devices.properties");
            assertThat(DevicesConfig.defaultPath()).isEqualTo(Path.of("/etc/sportello/devices.properties"));
        } finally {
            if (old == null) {
                System.clearProperty(DevicesConfig.PATH_PROPERTY);
            } else {
                System.setProperty(DevicesConfig.PATH_PROPERTY, old);
            }
        }
    }
}
