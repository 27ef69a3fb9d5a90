package org.sportello.server.cli;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.sportello.server.central.CentralLogin;
import org.sportello.server.central.OfficeCredentials;
import org.sportello.server.central.OfficeRoles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "add-office", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Register an office on central: a login role named after its code (office_<code>),"
                + " confined by row-level security to its own rows and the shared catalogues.",
            "Prints the role's password once; central keeps only its hash."})
final class CentralAddOfficeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CODE", description = "The office code, as in its set-up (e.g. BO01).")
    String code;

    @Mixin
    CentralAdminOptions central;

    @Option(names = "--rotate-password", negatable = false,
            description = "The office exists already: give its role a new password.")
    boolean rotate;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CentralLogin admin = central.login(SportelloCommand.environment(spec));
        try {
            OfficeRoles.roleName(code);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCode.USAGE, e.getMessage());
        }
        OfficeCredentials credentials;
        try {
            credentials = new OfficeRoles(admin).add(code, rotate);
        } catch (OfficeRoles.OfficeExistsException e) {
            throw new CliFailure(ExitCode.REFUSED, e.getMessage());
        } catch (SQLException e) {
            throw CentralAccess.failure(e);
        }
        out.println("Office " + credentials.officeCode() + (rotate ? ": new password for role " : ": role ")
                + credentials.role() + " (member of " + OfficeRoles.GROUP_ROLE + ", no BYPASSRLS).");
        out.println("The password is shown only now. On office " + credentials.officeCode()
                + "'s server, set (use sslmode=verify-full in the URL):");
        out.println("  " + CentralAccess.URL_VARIABLE + "=" + admin.url());
        out.println("  " + CentralAccess.USER_VARIABLE + "=" + credentials.role());
        out.println("  " + CentralAccess.PASSWORD_VARIABLE + "=" + credentials.password());
        return ExitCode.OK.code();
    }
}
