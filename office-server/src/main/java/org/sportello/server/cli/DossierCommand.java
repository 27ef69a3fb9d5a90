package org.sportello.server.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.codicefiscale.InvalidCodiceFiscaleException;
import org.sportello.server.central.CentralLogin;
import org.sportello.server.dossier.Dossier;
import org.sportello.server.dossier.DossierException;
import org.sportello.server.dossier.OfficeDossiers;
import org.sportello.server.sync.CentralDossiers;
import org.sportello.server.sync.OfficeSync;
import org.sportello.server.sync.SyncException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sportello dossier}: citizens' dossiers and the office that owns each (ADR 0018). */
@Command(name = "dossier", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Citizens' dossiers: show, register, move to another office, pull from another office.",
        subcommands = {DossierCommand.Show.class, DossierCommand.Profile.class, DossierCommand.Register.class, DossierCommand.Did.class,
            DossierCommand.Transfer.class, DossierCommand.Pull.class})
final class DossierCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "choose: show, profile, register, did, transfer or pull");
    }

    static CodiceFiscale code(String text) {
        try {
            return CodiceFiscale.of(text, LocalDate.now());
        } catch (InvalidCodiceFiscaleException e) {
            throw new CliFailure(ExitCode.USAGE, "not a valid codice fiscale: " + e.getMessage());
        }
    }

    static void print(PrintWriter out, Dossier d) {
        out.println(d.taxCode() + "  " + d.familyName().toUpperCase(java.util.Locale.ITALIAN) + " " + d.givenNames());
        out.println("State: " + d.state() + " (owner: office " + d.ownerCode() + "); local version " + d.version()
                + ", central version " + d.centralVersion() + (d.version() > d.pushedVersion() ? ", changes not yet"
                + " pushed" : "") + "; " + d.declarations() + " availability declaration(s), " + d.movements()
                + " job movement(s).");
    }

    static CliFailure failure(RuntimeException e) {
        if (e instanceof DossierException) {
            return new CliFailure(ExitCode.REFUSED, e.getMessage());
        }
        if (e instanceof SyncException s) {
            return new CliFailure(switch (s.problem()) {
                case UNREACHABLE -> ExitCode.UNREACHABLE;
                case REFUSED -> ExitCode.REFUSED;
                case FAILED -> ExitCode.FAILURE;
            }, s.getMessage());
        }
        throw e;
    }

    @Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"A dossier as this office holds it, and who owns it (reads the office database only).",
                "With --json: the citizen's case as an operator sees it (DID, status, case manager, pact, contact",
                "plan), logged in as for \"queue call\" and logged as a view of the case."})
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        OperatorWork as;
        @Parameters(paramLabel = "CF", description = "The citizen's codice fiscale.")
        String taxCode;
        @Option(names = "--json", negatable = false, description = "Print the citizen's case as one JSON object.")
        boolean json;

        @Override
        public Integer call() {
            CodiceFiscale cf = code(taxCode);
            if (json) {
                String text = as.run(spec,
                        (s, session) -> CaseJson.of(s.cases().view(session, cf)));
                spec.commandLine().getOut().println(text);
                return ExitCode.OK.code();
            }
            try (OfficeConnection office = OfficeAccess.connect(as.database.resolve(SportelloCommand.environment(spec)))) {
                Dossier d = new OfficeDossiers(office.database().dataSource(), Clock.systemUTC()).find(cf)
                        .orElseThrow(() -> new CliFailure(ExitCode.REFUSED, "this office has no dossier for "
                                + cf.canonical() + "; \"sportello dossier pull " + cf.canonical()
                                + "\" copies it from central"));
                print(spec.commandLine().getOut(), d);
            }
            return ExitCode.OK.code();
        }
    }

    @Command(name = "profile", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"The citizen's file (scheda anagrafica e professionale) as the desk's F12 shows it: personal",
                "data, the office's area, education, work experience, skills, languages, licences, availability.",
                "Logged in as for \"queue call\"; the server logs the view. Exit 3 when this office has no file."})
    static final class Profile implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        OperatorWork as;
        @Parameters(paramLabel = "CF", description = "The citizen's codice fiscale.")
        String taxCode;
        @Option(names = "--json", negatable = false, description = "Print the file as one JSON object.")
        boolean json;

        @Override
        public Integer call() {
            CodiceFiscale cf = code(taxCode);
            java.util.Optional<org.sportello.model.profile.ProfileFile> file = as.run(spec, (s, session) -> s.profiles().open(session, cf));
            java.util.Locale locale = java.util.Locale.getDefault();
            if (file.isEmpty()) {
                throw new CliFailure(ExitCode.REFUSED, org.sportello.server.cases.CaseTexts.in(locale)
                        .text("profile.none", cf.canonical()));
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(ProfileJson.of(file.get()));
            } else {
                new ProfileText(locale).print(out, file.get());
            }
            return ExitCode.OK.code();
        }
    }

    @Command(name = "register", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Open a dossier at this office (it owns it; the sync takes it to central).")
    static final class Register implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption database;
        @Parameters(paramLabel = "CF", description = "The citizen's codice fiscale.")
        String taxCode;
        @Option(names = "--family-name", required = true, paramLabel = "NAME")
        String familyName;
        @Option(names = "--given-names", required = true, paramLabel = "NAMES")
        String givenNames;
        @Option(names = "--born-in", paramLabel = "PLACE", description = "Place of birth as written in the registry.")
        String birthPlace;

        @Override
        public Integer call() {
            CodiceFiscale cf = code(taxCode);
            try (OfficeConnection office = OfficeAccess.connect(database.resolve(SportelloCommand.environment(spec)))) {
                Dossier d = new OfficeDossiers(office.database().dataSource(), Clock.systemUTC())
                        .register(cf, familyName, givenNames, birthPlace, LocalDate.now());
                print(spec.commandLine().getOut(), d);
            } catch (DossierException e) {
                throw failure(e);
            }
            return ExitCode.OK.code();
        }
    }

    @Command(name = "did", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Record a citizen's declaration of immediate availability (DID), or withdraw the one in force",
                "(--withdraw; it stays in the history). Logged in as for \"queue call\"."})
    static final class Did implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        OperatorWork as;
        @Parameters(paramLabel = "CF", description = "The citizen's codice fiscale.")
        String taxCode;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day it was made or ended (default: today).")
        String date;
        @Option(names = "--withdraw", negatable = false, description = "End the DID in force instead.")
        boolean withdraw;
        @Option(names = "--online", negatable = false, description = "It was made online (default: at the desk).")
        boolean online;

        @Override
        public Integer call() {
            CodiceFiscale cf = code(taxCode);
            LocalDate on;
            try {
                on = date == null ? null : LocalDate.parse(date);
            } catch (java.time.format.DateTimeParseException e) {
                throw new CliFailure(ExitCode.USAGE, "--date: not a date YYYY-MM-DD: " + date);
            }
            org.sportello.model.cases.DidChannel channel = online ? org.sportello.model.cases.DidChannel.ONLINE
                    : org.sportello.model.cases.DidChannel.DESK;
            org.sportello.model.cases.CaseView v = as.run(spec, (s, session) ->
                    withdraw ? s.cases().withdrawDid(session, cf, on) : s.cases().declareDid(session, cf, on, channel));
            org.sportello.server.cases.CaseTexts t = org.sportello.server.cases.CaseTexts.in(java.util.Locale.getDefault());
            PrintWriter out = spec.commandLine().getOut();
            if (withdraw) {
                LocalDate ended = v.didHistory().getLast().endedOn();
                out.println(t.text("did.withdrawn", cf.canonical(), String.valueOf(ended)));
            } else {
                out.println(t.text("did.recorded", cf.canonical(), v.did().declaredOn().toString(),
                        v.did().channel().name()));
            }
            out.println(t.text("status.line", v.status().state().name(), v.status().since() == null ? 0 : 1,
                    String.valueOf(v.status().since())));
            return ExitCode.OK.code();
        }
    }

    @Command(name = "transfer", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Move a dossier this office owns to another office. Pushes this office's pending changes",
                "first; central records the move. The dossier is read-only here afterwards."})
    static final class Transfer implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption database;
        @Mixin
        CentralOfficeOptions central;
        @Parameters(paramLabel = "CF", description = "The citizen's codice fiscale.")
        String taxCode;
        @Option(names = "--to", required = true, paramLabel = "OFFICE", description = "The receiving office's code.")
        String to;
        @Option(names = "--reason", paramLabel = "TEXT", description = "Why, for the record (e.g. the citizen moved).")
        String reason;

        @Override
        public Integer call() {
            CodiceFiscale cf = code(taxCode);
            CliEnvironment env = SportelloCommand.environment(spec);
            CentralLogin login = central.login(env);
            try (OfficeConnection office = OfficeAccess.connect(database.resolve(env))) {
                new OfficeSync(office.database().dataSource(), login).runOnce();
                Dossier d = new CentralDossiers(office.database().dataSource(), login, Clock.systemUTC())
                        .transfer(cf, to, reason);
                PrintWriter out = spec.commandLine().getOut();
                out.println("The dossier of " + cf.canonical() + " now belongs to office " + to.toUpperCase(
                        java.util.Locale.ROOT) + "; it receives it with its next sync.");
                if (d != null) {
                    print(out, d);
                }
            } catch (DossierException | SyncException e) {
                throw failure(e);
            }
            return ExitCode.OK.code();
        }
    }

    @Command(name = "pull", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Copy a citizen's dossier from central, whichever office owns it. Another office's dossier",
                "needs --reason, which central logs with every part read; it stays read-only here. One this office",
                "owns becomes central's copy again (after a review)."})
    static final class Pull implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption database;
        @Mixin
        CentralOfficeOptions central;
        @Parameters(paramLabel = "CF", description = "The citizen's codice fiscale.")
        String taxCode;
        @Option(names = "--reason", paramLabel = "TEXT",
                description = "Why you read another office's dossier (needed then; central records it).")
        String reason;

        @Override
        public Integer call() {
            CodiceFiscale cf = code(taxCode);
            CliEnvironment env = SportelloCommand.environment(spec);
            CentralLogin login = central.login(env);
            try (OfficeConnection office = OfficeAccess.connect(database.resolve(env))) {
                print(spec.commandLine().getOut(), new CentralDossiers(office.database().dataSource(), login,
                        Clock.systemUTC()).pull(cf, reason));
            } catch (DossierException | SyncException e) {
                throw failure(e);
            } catch (SportelloException e) {
                if (e.problem() == Problem.DOSSIER_READ_NEEDS_REASON) {
                    throw new CliFailure(ExitCode.USAGE, e.getMessage());
                }
                throw e;
            }
            return ExitCode.OK.code();
        }
    }
}
