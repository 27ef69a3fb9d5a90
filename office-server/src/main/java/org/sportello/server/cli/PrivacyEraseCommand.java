package org.sportello.server.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.server.privacy.Erasure;
import org.sportello.server.privacy.PersonalData;
import org.sportello.server.privacy.PrivacyTexts;
import org.sportello.server.storage.OfficeConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "erase", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Erase what may be erased about a person: the codice fiscale and priority class of their "
                + "tickets, here and (through the sync) on central.",
            "Kept by law, and said so: the protocol register, issued documents, the person's dossier.",
            "Refused while the person still has a ticket in line. Every erasure is logged with who, when, why and "
                + "counts, never the codice fiscale."})
final class PrivacyEraseCommand implements Callable<Integer> {
    /** Names the language of the texts for a command run inside the server (the caller's, not the server's). */
    static final String LOCALE_VARIABLE = "SPORTELLO_LOCALE";

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Parameters(index = "0", paramLabel = "CF", description = "The person's codice fiscale.")
    String code;

    @Option(names = "--reason", paramLabel = "TEXT", required = true,
            description = "Why (e.g. the request's reference); kept in the erasure log.")
    String reason;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CliEnvironment env = SportelloCommand.environment(spec);
        PrivacyTexts texts = PrivacyTexts.forTag(env.variable(LOCALE_VARIABLE));
        if (reason == null || reason.isBlank()) {
            throw new CliFailure(ExitCode.USAGE, texts.text("erase.noReason"));
        }
        CodiceFiscale person;
        try {
            person = CodiceFiscale.of(code.strip(), LocalDate.now());
        } catch (RuntimeException e) {
            throw new CliFailure(ExitCode.USAGE, texts.text("erase.badCode", code.strip()));
        }
        try (OfficeConnection office = OfficeAccess.connect(database.resolve(env))) {
            PersonalData data = new PersonalData(office.database().dataSource(), office.directory().office().id(),
                    java.time.Clock.systemUTC());
            String by = "local administrator (" + System.getProperty("user.name", "?") + ")";
            Erasure done = office.betweenQueueTurns(() -> data.erasePerson(person, reason, by));
            if (done.refusedInLine()) {
                throw new CliFailure(ExitCode.REFUSED, texts.text("erase.inLine", done.stillInLine()));
            }
            out.println(texts.text("erase.tickets", done.tickets(), done.events()));
            if (done.keptProtocol() > 0) {
                out.println(texts.text("erase.keptProtocol", done.keptProtocol()));
            }
            if (done.keptDocuments() > 0) {
                out.println(texts.text("erase.keptDocuments", done.keptDocuments()));
            }
            if (done.keptDossiers() > 0) {
                out.println(texts.text("erase.keptDossier"));
            }
            out.println(texts.text("erase.logged"));
        }
        return ExitCode.OK.code();
    }
}
