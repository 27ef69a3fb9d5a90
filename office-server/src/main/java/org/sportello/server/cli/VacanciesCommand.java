package org.sportello.server.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.vacancies.Candidate;
import org.sportello.model.vacancies.Vacancy;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.server.vacancies.VacancyTexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sportello vacancies}: the vacancies recorded at the desk (service D, issue 12), for scripts and checks. */
@Command(name = "vacancies", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Vacancies recorded at the desk and their candidates.",
        subcommands = {VacanciesCommand.ListVacancies.class, VacanciesCommand.Candidates.class})
final class VacanciesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "The open vacancies (with --all the closed ones too).")
    static final class ListVacancies implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption database;
        @Mixin
        OperatorLogin operator;
        @Option(names = "--all", negatable = false, description = "Closed vacancies too.")
        boolean all;
        @Option(names = "--json", negatable = false, description = "Print them as one JSON object.")
        boolean json;

        @Override
        public Integer call() {
            CliEnvironment env = SportelloCommand.environment(spec);
            List<Vacancy> list;
            try (OfficeConnection office = OfficeAccess.connect(database.resolve(env))) {
                list = office.vacancies().list(operator.login(office, env), all);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(MatchJson.vacancies(list));
                return ExitCode.OK.code();
            }
            VacancyTexts t = VacancyTexts.in(Locale.getDefault());
            if (list.isEmpty()) {
                out.println(t.text("vacancies.none"));
            }
            for (Vacancy v : list) {
                out.println(t.text("vacancies.line", v.id(), v.title(), v.employerName(), v.workplace().municipality(),
                        v.positions(), v.expiresOn(), v.outcome() == null ? v.status() : v.outcome()));
            }
            return ExitCode.OK.code();
        }
    }

    @Command(name = "candidates", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "This office's citizens with a DID in force, ranked for the vacancy, each score explained.")
    static final class Candidates implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption database;
        @Mixin
        OperatorLogin operator;
        @Parameters(paramLabel = "ID", description = "The vacancy's id (see \"vacancies list\").")
        String id;
        @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "How many (1-200).")
        int limit;
        @Option(names = "--json", negatable = false, description = "Print them as one JSON object.")
        boolean json;

        @Override
        public Integer call() {
            VacancyTexts t = VacancyTexts.in(Locale.getDefault());
            UUID vacancy;
            try {
                vacancy = UUID.fromString(id.strip());
            } catch (IllegalArgumentException e) {
                throw new CliFailure(ExitCode.USAGE, t.text("vacancy.bad.id", id));
            }
            CliEnvironment env = SportelloCommand.environment(spec);
            Vacancy v;
            List<Candidate> list;
            try (OfficeConnection office = OfficeAccess.connect(database.resolve(env))) {
                OperatorSession session = operator.login(office, env);
                v = office.vacancies().find(session, vacancy).orElseThrow(() ->
                        new SportelloException(Problem.VACANCY_UNKNOWN, vacancy.toString()));
                list = office.vacancies().candidates(session, vacancy, limit);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(MatchJson.candidates(v, list));
                return ExitCode.OK.code();
            }
            if (list.isEmpty()) {
                out.println(t.text("candidates.none"));
            }
            for (Candidate c : list) {
                out.println(t.text("candidates.line", c.fit().score(), c.codiceFiscale(), c.name(),
                        c.lastOutcome() == null ? "" : c.lastOutcome()));
            }
            return ExitCode.OK.code();
        }
    }
}
