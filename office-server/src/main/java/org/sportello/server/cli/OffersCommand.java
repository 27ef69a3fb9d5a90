package org.sportello.server.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.offers.FitReason;
import org.sportello.model.offers.ProfileFit;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.server.vacancies.VacancyTexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sportello offers}: the job-offer catalogue (issue 12). */
@Command(name = "offers", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "The job-offer catalogue: this office's vacancies, other offices' and imported offers.",
        subcommands = {OffersCommand.Match.class})
final class OffersCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "match", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"A citizen against every open offer: ranked by the fit engine, each score explained",
                "(what matches, what is missing). Operator credentials as for \"queue call\"."})
    static final class Match implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption database;
        @Mixin
        OperatorLogin operator;
        @Parameters(paramLabel = "CF", description = "The citizen's codice fiscale.")
        String taxCode;
        @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "How many offers (1-500).")
        int limit;
        @Option(names = "--json", negatable = false, description = "Print the matches as one JSON object.")
        boolean json;

        @Override
        public Integer call() {
            CodiceFiscale cf = DossierCommand.code(taxCode);
            if (limit < 1 || limit > 500) {
                throw new CliFailure(ExitCode.USAGE, "--limit is 1 to 500");
            }
            CliEnvironment env = SportelloCommand.environment(spec);
            List<ProfileFit.Ranked> ranked;
            try (OfficeConnection office = OfficeAccess.connect(database.resolve(env))) {
                ranked = office.matches().match(operator.login(office, env), cf, limit);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(MatchJson.matches(cf.canonical(), ranked));
                return ExitCode.OK.code();
            }
            VacancyTexts t = VacancyTexts.in(Locale.getDefault());
            if (ranked.isEmpty()) {
                out.println(t.text("match.none"));
            }
            for (ProfileFit.Ranked r : ranked) {
                out.println(t.text("match.line", r.fit().score(), r.offer().id(), r.offer().title(),
                        r.offer().workplace().municipality()));
                for (FitReason reason : r.fit().reasons()) {
                    out.println(t.text("match.reason", t.text(reason.met() ? "reason.met" : "reason.missing"),
                            reason.aspect().name(), String.join(" / ", reason.args())));
                }
            }
            return ExitCode.OK.code();
        }
    }
}
