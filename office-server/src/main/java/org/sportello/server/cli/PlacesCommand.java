package org.sportello.server.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sportello.server.offers.ImportReport;
import org.sportello.server.offers.Place;
import org.sportello.server.offers.PlaceLines;
import org.sportello.server.storage.OfficeConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sportello places}: the municipalities' coordinates distance filters use (issue 12). */
@Command(name = "places", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "The places file: municipalities and their coordinates.", subcommands = PlacesCommand.Import.class)
final class PlacesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "choose: import");
    }

    @Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Import municipalities from a CSV file name,province,lat,lon (decimal degrees, WGS84; an",
                "optional header line). A municipality already known (same name and province) is replaced.",
                "Exit 0: every line imported; 3: some lines skipped."})
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption database;
        @Parameters(paramLabel = "FILE.csv", description = "The CSV file (UTF-8); - reads standard input.")
        Path file;

        @Override
        public Integer call() {
            ImportReport<Place> report = CatalogueImport.read(spec, file, PlaceLines::read);
            try (OfficeConnection office = OfficeAccess.connect(database.resolve(SportelloCommand.environment(spec)))) {
                office.offers().places().putAll(report.accepted());
                spec.commandLine().getOut().println(CatalogueImport.texts().text("import.places-done",
                        report.accepted().size(), report.problems().size(), office.offers().places().count()));
            }
            return CatalogueImport.exit(report);
        }
    }
}
