package org.sportello.server.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.sportello.devices.card.CardRead;
import org.sportello.devices.card.SerialCardReader;
import org.sportello.devices.card.TesseraText;
import org.sportello.devices.scanner.ScanFraming;
import org.sportello.devices.transport.TransportSpec;
import org.sportello.codicefiscale.CodiceFiscale;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "read-card", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Read a Tessera Sanitaria: the Code 39 barcode or the magnetic stripe (track 1), from a "
                + "reader on a serial line or from text typed by a keyboard-wedge reader.",
            "Prints the fully validated codice fiscale (check character, omocodia) or why there is none."},
        exitCodeListHeading = DeviceExitCodes.HEADING,
        exitCodeList = {DeviceExitCodes.OK, DeviceExitCodes.FAILURE, DeviceExitCodes.USAGE,
            "5:no valid codice fiscale (nothing read in time, unreadable data, invalid code) or the port failed"})
final class DevicesReadCardCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--transport", paramLabel = "T", converter = TransportSpecConverter.class,
                description = "A reader on a serial line, e.g. serial:/dev/ttyACM0@9600: swipe or scan within --seconds.")
        TransportSpec transport;

        @Option(names = "--text", paramLabel = "TEXT",
                description = "What a wedge reader typed: a barcode (RSSMRA85T10A562S) or a stripe (%...?;...?).")
        String text;
    }

    @Option(names = "--seconds", defaultValue = "10", paramLabel = "N",
            description = "How long to wait for a card on --transport (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Clock clock = Clock.systemDefaultZone();
        CardRead read;
        if (source.text != null) {
            read = TesseraText.decode(source.text, clock);
        } else {
            try (SerialCardReader reader = new SerialCardReader(DeviceLinks.open(source.transport),
                    ScanFraming.defaults(), clock)) {
                out.println("Waiting " + seconds + " s for a card on " + source.transport.text() + " ...");
                out.flush();
                read = reader.read(Duration.ofSeconds(seconds));
            }
        }
        if (!read.isIdentified()) {
            throw new CliFailure(ExitCode.DEVICE, "no valid codice fiscale: " + read.error()
                    + (read.detail().isEmpty() ? "" : " - " + read.detail()));
        }
        CodiceFiscale cf = read.codiceFiscale();
        out.println("Codice fiscale: " + cf.code() + " (valid, from " + read.source() + ")");
        out.println("Born " + cf.birthDate() + ", sex " + cf.sex() + ", place code " + cf.birthPlace()
                + (cf.isOmocodic() ? "; omocodic, canonical form " + cf.canonical() : ""));
        return ExitCode.OK.code();
    }
}
