package org.sportello.server.cli;

import java.sql.SQLException;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.devices.transport.TransportException;
import org.sportello.server.ServerStartException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what a command threw into one line on stderr and an {@link ExitCode}. A person reads the
 * line; a script reads the code.
 */
final class FailureHandler implements IExecutionExceptionHandler {
    private final boolean showStackTraces;

    FailureHandler(boolean showStackTraces) {
        this.showStackTraces = showStackTraces;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        Verdict verdict = judge(e);
        cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + verdict.message());
        if (showStackTraces) {
            e.printStackTrace(cmd.getErr());
        }
        cmd.getErr().flush();
        return verdict.exitCode().code();
    }

    record Verdict(ExitCode exitCode, String message) {
    }

    static Verdict judge(Throwable e) {
        if (e instanceof CliFailure f) {
            return new Verdict(f.exitCode(), f.getMessage());
        }
        if (e instanceof SportelloException s) {
            if (s.problem() == Problem.OFFICE_UNAVAILABLE) {
                // The shared text promises an automatic retry, which the apps do; a command does not.
                return new Verdict(ExitCode.UNREACHABLE, "the office database cannot be reached"
                        + rootCause(s).map(m -> ": " + m).orElse(""));
            }
            return new Verdict(ExitCode.REFUSED, s.getMessage());
        }
        if (e instanceof TransportException t) {
            // The transports already say which port, what is wrong and what to try.
            return new Verdict(ExitCode.DEVICE, t.getMessage());
        }
        if (e instanceof org.sportello.server.backup.BackupRefused b) {
            return new Verdict(ExitCode.REFUSED, b.getMessage());
        }
        if (e instanceof java.io.UncheckedIOException io) {
            return new Verdict(ExitCode.FAILURE, io.getMessage());
        }
        if (e instanceof ServerStartException s) {
            // 3 for a refusal a restart cannot mend: the service unit then stops trying (RestartPreventExitStatus).
            return new Verdict(s.refusal() ? ExitCode.REFUSED : ExitCode.FAILURE, s.getMessage());
        }
        SQLException sql = sqlCause(e);
        if (sql != null && ("42S02".equals(sql.getSQLState()) || sql.getErrorCode() == 42102
                || sql.getErrorCode() == 42104)) {
            return new Verdict(ExitCode.REFUSED,
                    "this database has no office schema yet: run \"sportello office init\" with the same --db");
        }
        return new Verdict(ExitCode.FAILURE, "unexpected error: " + e
                + " (set SPORTELLO_DEBUG=1 for the stack trace)");
    }

    private static java.util.Optional<String> rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        if (t == e || t.getMessage() == null) {
            return java.util.Optional.empty();
        }
        String m = t.getMessage();
        int nl = m.indexOf('\n');
        return java.util.Optional.of(nl < 0 ? m : m.substring(0, nl));
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }
}
