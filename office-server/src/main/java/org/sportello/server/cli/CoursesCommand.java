package org.sportello.server.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sportello.server.offers.CourseLines;
import org.sportello.server.offers.ImportReport;
import org.sportello.server.storage.OfficeConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import org.sportello.model.offers.Course;

/** {@code sportello courses}: the courses and workshops calendar of the self-consultation terminal (issue 12). */
@Command(name = "courses", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "The courses and workshops calendar.", subcommands = CoursesCommand.Import.class)
final class CoursesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "choose: import");
    }

    @Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Import courses and workshops from a JSON Lines file (one per line; fields in the README).",
                "A bad line is reported with its number and skipped; an id already known is replaced.",
                "Exit 0: every line imported; 3: some lines skipped."})
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption database;
        @Parameters(paramLabel = "FILE", description = "The JSON Lines file (UTF-8); - reads standard input.")
        Path file;

        @Override
        public Integer call() {
            ImportReport<Course> report = CatalogueImport.read(spec, file, CourseLines::read);
            try (OfficeConnection office = OfficeAccess.connect(database.resolve(SportelloCommand.environment(spec)))) {
                office.offers().courses().putAll(report.accepted());
                spec.commandLine().getOut().println(CatalogueImport.texts().text("import.courses-done",
                        report.accepted().size(), report.problems().size(), office.offers().courses().count()));
            }
            return CatalogueImport.exit(report);
        }
    }
}
