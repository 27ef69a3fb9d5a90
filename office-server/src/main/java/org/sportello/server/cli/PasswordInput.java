package org.sportello.server.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A new password for a command: the first line of standard input (for scripts), or typed twice at a
 * prompt that does not echo it. Never a command-line argument, which other users of the machine could
 * read in the process list and which lands in the shell's history.
 */
final class PasswordInput {
    private PasswordInput() {
    }

    /**
     * @param fromStdin   the command's {@code --password-stdin} (or {@code --admin-password-stdin})
     * @param optionName  that option's name, for the message when there is no terminal to ask at
     * @param whose       whose password, for the prompt ("mrossi", "the administrator (admin)")
     */
    static char[] newPassword(CliEnvironment env, boolean fromStdin, String optionName, String whose) {
        if (fromStdin) {
            return firstLine(env, optionName);
        }
        Console console = System.console();
        if (console == null || !console.isTerminal()) {
            throw new CliFailure(ExitCode.USAGE, "no terminal to ask for the password of " + whose
                    + ": pass " + optionName + " and write it on standard input");
        }
        char[] first = console.readPassword("New password for %s: ", whose);
        char[] again = console.readPassword("Type it again: ");
        try {
            if (first == null || again == null) {
                throw new CliFailure(ExitCode.USAGE, "no password typed");
            }
            if (!Arrays.equals(first, again)) {
                throw new CliFailure(ExitCode.USAGE, "the two passwords differ; nothing was changed");
            }
            return first.clone();
        } finally {
            wipe(first);
            wipe(again);
        }
    }

    private static char[] firstLine(CliEnvironment env, String optionName) {
        try {
            String line = new BufferedReader(new InputStreamReader(env.stdin(), StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new CliFailure(ExitCode.USAGE, optionName + ": standard input was empty");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new CliFailure(ExitCode.USAGE, optionName + ": cannot read standard input: " + e.getMessage());
        }
    }

    static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
