package org.sportello.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "privacy", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Personal data by the rules (GDPR art. 5, 9 and 17): erase what may be erased about a person.",
        subcommands = {PrivacyEraseCommand.class})
final class PrivacyCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "choose: erase");
    }
}
