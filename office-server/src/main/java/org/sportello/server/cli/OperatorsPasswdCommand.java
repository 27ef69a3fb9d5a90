package org.sportello.server.cli;

import java.util.concurrent.Callable;
import org.sportello.model.auth.OperatorInput;
import org.sportello.server.storage.OfficeConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sportello operators passwd LOGIN}: an administrator sets a new password (and lifts a lock-out). */
@Command(name = "passwd", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Set an operator's password (at least 8 characters), asked twice without echo or read from "
                + "standard input with --password-stdin. Also lifts a lock-out after wrong passwords.")
final class OperatorsPasswdCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOption database;
    @Parameters(index = "0", paramLabel = "LOGIN", description = "The operator's login.")
    String login;
    @Option(names = "--password-stdin", negatable = false,
            description = "Read the new password from the first line of standard input.")
    boolean passwordFromStdin;

    @Override
    public Integer call() {
        CliEnvironment env = SportelloCommand.environment(spec);
        String checkedLogin = OperatorsAddCommand.usage(() -> OperatorInput.login(login));
        try (OfficeConnection office = OfficeAccess.connect(database.resolve(env))) {
            char[] password = PasswordInput.newPassword(env, passwordFromStdin, "--password-stdin", checkedLogin);
            try {
                office.operators().setPassword(checkedLogin, password);
            } finally {
                PasswordInput.wipe(password);
            }
            spec.commandLine().getOut().println("Password set for " + checkedLogin + ".");
        }
        return ExitCode.OK.code();
    }
}
