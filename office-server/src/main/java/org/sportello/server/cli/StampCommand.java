package org.sportello.server.cli;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.sportello.model.stamps.StampReceipt;
import org.sportello.model.stamps.StampRequest;
import org.sportello.server.stamps.StampTexts;
import org.sportello.server.storage.OfficeConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sportello stamp --cf CF}: stamp a citizen's attendance card as the kiosk does (issue 13, ADR 35); prints
 * the day, time and protocol number, or the first stamp of the day again. The citizen's stamps are listed in their
 * file ({@code sportello dossier show CF --json}, "stamps").
 */
@Command(name = "stamp", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Stamp a citizen's attendance card as the kiosk does, by the codice fiscale of the health card.",
            "Once a day: a second stamp the same day prints the first one's protocol number. Through the office",
            "server this station must be a kiosk or an administration station. The stamps are listed in the file:",
            "sportello dossier show CF --json."})
final class StampCommand implements Callable<Integer> {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOption database;
    @Mixin
    StationClient.Options station;
    @Option(names = "--cf", paramLabel = "CF", required = true, description = "The codice fiscale read from the health card.")
    String cf;
    @Option(names = "--expires", paramLabel = "YYYY-MM-DD", description = "The card's expiry, when read from its chip.")
    String expires;
    @Option(names = "--lang", paramLabel = "LANG", description = "it or en (default: this machine's language if"
            + " English, else it).")
    Language language;

    @Override
    public Integer call() {
        language = Language.orDefault(language);
        StampTexts t = StampTexts.in(language.locale());
        LocalDate expiry = null;
        if (expires != null && !expires.isBlank()) {
            try {
                expiry = LocalDate.parse(expires.strip());
            } catch (DateTimeParseException e) {
                throw new CliFailure(ExitCode.USAGE, t.text("stamp.expires.bad", expires));
            }
        }
        // The office judges the code (it may be an omocodia variant, or invalid): a bad one is its refusal.
        StampRequest request = new StampRequest(cf, expiry);
        CliEnvironment env = SportelloCommand.environment(spec);
        StampReceipt receipt;
        if (station.remote(env)) {
            try (StationClient client = station.open(env)) {
                receipt = client.call(() -> client.stamps().stamp(request));
            }
        } else {
            try (OfficeConnection office = OfficeAccess.connect(database.resolve(env))) {
                receipt = office.stamps().stamp(request);
            }
        }
        ZonedDateTime at = receipt.stamp().at().atZone(receipt.zone());
        spec.commandLine().getOut().println(t.text(receipt.repeated() ? "stamp.repeated" : "stamp.done",
                DAY.format(at), TIME.format(at), receipt.stamp().number().format()));
        spec.commandLine().getOut().println(t.text("stamp.station", receipt.stamp().station()));
        return ExitCode.OK.code();
    }
}
