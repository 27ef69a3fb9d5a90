package org.sportello.server.cli;

import java.util.concurrent.Callable;
import org.sportello.model.auth.OperatorAccount;
import org.sportello.model.auth.OperatorInput;
import org.sportello.model.auth.Role;
import org.sportello.server.storage.OfficeConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sportello operators add LOGIN --name NAME --role ROLE}: a new operator and their first password. */
@Command(name = "add", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Add an operator. The password is asked twice without echo, or read from the first line "
                + "of standard input with --password-stdin; it is never a command-line argument.",
            "A login is lower-case letters, digits, '.', '_' or '-'; a password has at least 8 characters."})
final class OperatorsAddCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOption database;
    @Parameters(index = "0", paramLabel = "LOGIN", description = "The new login, e.g. mrossi.")
    String login;
    @Option(names = "--name", required = true, paramLabel = "NAME", description = "Full name as the desk shows it.")
    String name;
    @Option(names = "--role", required = true, paramLabel = "ROLE",
            description = "operator, supervisor (may also unlock logins and close the day) or admin.")
    String role;
    @Option(names = "--password-stdin", negatable = false,
            description = "Read the password from the first line of standard input.")
    boolean passwordFromStdin;

    @Override
    public Integer call() {
        CliEnvironment env = SportelloCommand.environment(spec);
        String checkedLogin = usage(() -> OperatorInput.login(login));
        String checkedName = usage(() -> OperatorInput.displayName(name));
        Role checkedRole = usage(() -> OperatorInput.role(role));
        try (OfficeConnection office = OfficeAccess.connect(database.resolve(env))) {
            char[] password = PasswordInput.newPassword(env, passwordFromStdin, "--password-stdin", checkedLogin);
            OperatorAccount added;
            try {
                added = office.operators().add(checkedLogin, checkedName, checkedRole, password);
            } finally {
                PasswordInput.wipe(password);
            }
            spec.commandLine().getOut().println("Operator added: " + added.login() + " (" + added.displayName()
                    + ", " + added.role().name().toLowerCase(java.util.Locale.ROOT) + ").");
        }
        return ExitCode.OK.code();
    }

    /** A malformed argument is a usage error (exit 2), before the database is opened. */
    static <T> T usage(java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (org.sportello.model.common.SportelloException e) {
            throw new CliFailure(ExitCode.USAGE, e.getMessage());
        }
    }
}
