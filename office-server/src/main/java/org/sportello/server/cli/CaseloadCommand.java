package org.sportello.server.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sportello.model.cases.Caseload;
import org.sportello.model.cases.CaseloadEntry;
import org.sportello.server.cases.CaseTexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sportello caseload}: a case manager's deadlines (overdue, due this week, later); supervisors see all. */
@Command(name = "caseload", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"A case manager's deadlines: overdue, due this week (to Sunday), later, by date.",
            "Without --operator: your own, or every case manager's for a supervisor."})
final class CaseloadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    OperatorWork as;
    @Option(names = "--operator", paramLabel = "LOGIN", description = "Whose caseload (another's: supervisors only).")
    String login;
    @Option(names = "--json", negatable = false, description = "Print the caseload as one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        Caseload load = as.run(spec, (s, session) ->
                s.cases().caseload(session, login));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(CaseJson.of(load, login));
            return ExitCode.OK.code();
        }
        CaseTexts t = CaseTexts.in(Locale.getDefault());
        if (load.entries().isEmpty()) {
            out.println(t.text("caseload.none"));
        }
        for (CaseloadEntry e : load.entries()) {
            out.println(t.text("caseload.line", e.bucket(), e.deadline().on(), e.taxCode(), e.deadline().what(),
                    e.deadline().measure() == null ? "" : e.deadline().measure(), e.caseManager().login()));
        }
        return ExitCode.OK.code();
    }
}
