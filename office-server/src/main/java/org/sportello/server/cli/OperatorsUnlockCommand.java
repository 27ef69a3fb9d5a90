package org.sportello.server.cli;

import java.util.concurrent.Callable;
import org.sportello.server.storage.OfficeConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sportello operators unlock LOGIN}: lets an operator try again before the lock-out ends. */
@Command(name = "unlock", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lift the lock-out of a login after too many wrong passwords, and clear its count.")
final class OperatorsUnlockCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOption database;
    @Parameters(index = "0", paramLabel = "LOGIN", description = "The operator's login.")
    String login;

    @Override
    public Integer call() {
        String checkedLogin = OperatorsAddCommand.usage(() -> org.sportello.model.auth.OperatorInput.login(login));
        try (OfficeConnection office = OfficeAccess.connect(database.resolve(SportelloCommand.environment(spec)))) {
            boolean wasLocked = office.operators().unlock(checkedLogin);
            spec.commandLine().getOut().println(wasLocked
                    ? "Unlocked: " + checkedLogin + " can log in again."
                    : checkedLogin + " was not locked; its count of wrong passwords is cleared.");
        }
        return ExitCode.OK.code();
    }
}
