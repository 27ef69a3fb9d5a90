package org.sportello.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Benchmarks; each writes its figures into docs/benchmarks.md.",
        subcommands = {BenchQueueCommand.class, BenchDevicesCommand.class, BenchDocumentsCommand.class,
            BenchSyncCommand.class, BenchOffersCommand.class, BenchStationsCommand.class})
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "choose: queue, devices, documents, sync, offers or stations");
    }
}
