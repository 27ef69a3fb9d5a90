package org.sportello.server.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.sportello.model.agenda.CheckInAnswer;
import org.sportello.model.common.SportelloException;
import org.sportello.model.common.UuidV7;
import org.sportello.server.agenda.AgendaTexts;
import org.sportello.server.storage.OfficeConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sportello queue checkin}: check in for an appointment as the kiosk does (issue 13, ADR 34), by the
 * letter's QR payload or by the codice fiscale of the health card; prints the ticket and who calls it where, or
 * the plain reason and the walk-in ticket given instead.
 */
@Command(name = "checkin", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Check in for an appointment as the kiosk does: by the letter's QR (--code) or the health card",
            "(--cf). Prints the ticket and the operator and counter it goes to, or why a walk-in ticket was given.",
            "Through the office server this station must be a kiosk or an administration station."})
final class QueueCheckinCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOption database;
    @Mixin
    StationClient.Options station;
    @Option(names = "--code", paramLabel = "PAYLOAD", description = "The QR payload of the appointment letter.")
    String code;
    @Option(names = "--cf", paramLabel = "CF", description = "The codice fiscale read from the health card.")
    String cf;
    @Option(names = "--lang", paramLabel = "LANG", description = "Ticket language and the language of the reasons:"
            + " it or en (default: this machine's language if English, else it).")
    Language language;
    @Option(names = "--key", paramLabel = "KEY", description = "Idempotency key of a walk-in ticket given instead"
            + " (1-64 characters; default: a new one).")
    String key;

    @Override
    public Integer call() {
        AgendaTexts t = AgendaTexts.in(Language.orDefault(language).locale());
        boolean byCode = code != null && !code.isBlank();
        if (byCode == (cf != null && !cf.isBlank())) {
            throw new CliFailure(ExitCode.USAGE, t.text("checkin.both"));
        }
        String tapKey = key == null ? UuidV7.next().toString() : key;
        if (tapKey.isBlank() || tapKey.length() > 64) {
            throw new CliFailure(ExitCode.USAGE, "--key must have 1 to 64 characters");
        }
        language = Language.orDefault(language);
        String taxCode = byCode ? null : DossierCommand.code(cf).canonical();
        CliEnvironment env = SportelloCommand.environment(spec);
        CheckInAnswer answer;
        if (station.remote(env)) {
            try (StationClient client = station.open(env)) {
                answer = client.call(() -> client.queue().checkIn(byCode ? code.strip() : null, taxCode,
                        language.code(), tapKey));
            }
        } else {
            try (OfficeConnection office = OfficeAccess.connect(database.resolve(env))) {
                answer = byCode ? office.checkIn().byLetter(code, language.code(), tapKey)
                        : office.checkIn().byCard(taxCode, language.code(), tapKey);
            }
        }
        print(spec.commandLine().getOut(), t, answer);
        return ExitCode.OK.code();
    }

    private void print(PrintWriter out, AgendaTexts t, CheckInAnswer a) {
        String ticket = a.issued().ticket().code();
        if (a.appointment()) {
            out.println(t.text("checkin.ticket", ticket,
                    TIME.format(a.startsAt().atZone(AgendaCommand.zone())), a.withName()));
            if (a.counter() > 0) {
                out.println(t.text("checkin.counter", a.counter()));
            } else {
                out.println(a.withName() == null ? t.text("checkin.waiting") : t.text("checkin.no-counter", a.withName()));
            }
        } else {
            out.println(t.text("checkin.turned-away", new SportelloException(a.turnedAway(),
                    a.turnedAwayArgs().toArray()).localizedMessage(language.locale())));
            out.println(t.text("checkin.walk-in", ticket));
        }
        if (a.issued().repeated()) {
            out.println(t.text("checkin.repeated"));
        }
    }
}
