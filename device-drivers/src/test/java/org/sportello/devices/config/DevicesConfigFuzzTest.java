package org.sportello.devices.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.devices.Mutations.show;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.sportello.devices.Mutations;
import org.sportello.devices.transport.InvalidTransportSpecException;
import org.sportello.devices.transport.TransportSpec;

/**
 * Whatever a technician writes in {@code devices.properties}, reading it either gives a set-up or
 * throws {@link InvalidDevicesConfigException} listing each mistake with its line; no other exception
 * escapes. The same for a transport string alone. Random text, and valid files with characters flipped,
 * inserted or deleted. 100,000 files and 100,000 transport strings.
 */
class DevicesConfigFuzzTest {
    private static final Pattern PROBLEM = Pattern.compile("(?s)line \\d+: .+");
    private static final String CONFIG_CHARACTERS = "abcdeilnoprstuvwxyz.=#!:@,/-_0123456789 \n\r\t\\ABENRTSX[]";
    private static final List<String> VALID_LINES = List.of(
            "printer.driver=escpos", "printer.transport=serial:/dev/ttyUSB0@9600,8N1,rtscts",
            "printer.transport=usb:04b8:0e28:printer", "printer.transport=tcp:192.168.1.50:9100",
            "printer.transport=tcp:[::1]:9100", "printer.profile=tm-t20-80mm", "board.main.driver=alpha",
            "board.main.transport=serial:/dev/ttyS0@9600,7E1,rs485", "board.main.address=01",
            "board.hall-2.driver=sim", "announcer.driver=clips", "announcer.lang=it",
            "cardreader.driver=serial", "cardreader.transport=serial:/dev/ttyACM0@115200,xonxoff",
            "cardreader.reader=ACS ACR39U", "scanner.driver=serial", "scanner.transport=file:/dev/hidraw0",
            "scanner.suffix=CRLF", "a4printer.driver=system", "a4printer.name=HP LaserJet M404",
            "printer.transport=capture:/tmp/bytes.bin", "# a comment", "! another", "");

    @Property(tries = 100_000)
    void anyFileGivesASetUpOrItsMistakes(@ForAll("files") String text) {
        Mutations.about(() -> show(text), () -> checkFile(text));
        for (int i = 0; i < Mutations.EXTRA; i++) {
            String more = files().sample();
            Mutations.about(() -> show(more), () -> checkFile(more));
        }
    }

    @Property(tries = 100_000)
    void anyTransportStringIsParsedOrRefusedWithItsForm(@ForAll("transports") String spec) {
        Mutations.about(() -> show(spec), () -> checkTransport(spec));
        for (int i = 0; i < Mutations.EXTRA; i++) {
            String more = transports().sample();
            Mutations.about(() -> show(more), () -> checkTransport(more));
        }
    }

    private static void checkFile(String text) {
        try {
            DevicesConfig config = DevicesConfig.parse(text, "devices.properties");
            assertThat(config.printer()).isNotNull();
            assertThat(config.boards()).isNotEmpty();
        } catch (InvalidDevicesConfigException mistakes) {
            assertThat(mistakes.problems()).isNotEmpty();
            for (String problem : mistakes.problems()) {
                if (!PROBLEM.matcher(problem).matches()) {
                    throw new AssertionError("a mistake without its line: " + show(problem));
                }
            }
        }
    }

    private static void checkTransport(String spec) {
        try {
            assertThat(TransportSpec.parse(spec)).isNotNull();
        } catch (InvalidTransportSpecException refused) {
            assertThat(refused.getMessage()).isNotBlank().contains("invalid transport");
        }
    }

    @Provide
    Arbitrary<String> files() {
        Arbitrary<String> valid = Arbitraries.of(VALID_LINES).list().ofMinSize(1).ofMaxSize(8)
                .map(lines -> String.join("\n", lines) + "\n");
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(120)),
                Tuple.of(2, Arbitraries.strings().withChars(CONFIG_CHARACTERS).ofMaxLength(120)),
                Tuple.of(7, Mutations.of(valid, CONFIG_CHARACTERS + "\u0000\u00e8\u2028", 4)));
    }

    @Provide
    Arbitrary<String> transports() {
        Arbitrary<String> valid = Arbitraries.of(VALID_LINES.stream().filter(l -> l.contains(".transport="))
                .map(l -> l.substring(l.indexOf('=') + 1)).toList()).map(String::valueOf);
        Arbitrary<String> more = Arbitraries.of("sim", "serial:COM3@19200", "usb:0x04B8:0E28:vendor", "tcp:printer.local",
                "serial:/dev/ttyS0@9600,8N1.5", "tcp:[fe80::1]:65535");
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(60)),
                Tuple.of(2, Arbitraries.strings().withChars(CONFIG_CHARACTERS).ofMaxLength(60)),
                Tuple.of(7, Mutations.of(Arbitraries.oneOf(valid, more), CONFIG_CHARACTERS + "\u0000\u00e8", 3)));
    }
}
