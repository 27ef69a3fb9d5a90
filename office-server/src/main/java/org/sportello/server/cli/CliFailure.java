package org.sportello.server.cli;

/** A failure the command explains itself, with the exit code it should end with. */
final class CliFailure extends RuntimeException {
    private final ExitCode exitCode;

    CliFailure(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    ExitCode exitCode() {
        return exitCode;
    }
}
