package org.sportello.server.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A bad command line: one line that says what is wrong and where the help is, then exit code 2. A
 * mistyped command or option names the nearest ones picocli knows ("did you mean queue?").
 */
final class UsageErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String name = cmd.getCommandSpec().qualifiedName();
        cmd.getErr().println(name + ": " + message(e) + " (see \"" + name + " --help\")");
        cmd.getErr().flush();
        return ExitCode.USAGE.code();
    }

    private static String message(ParameterException e) {
        if (!(e instanceof UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) {
            return e.getMessage();
        }
        String word = u.getUnmatched().getFirst();
        boolean option = word.startsWith("-");
        List<String> near = u.getSuggestions();
        String what = option ? "unknown option " : u.getCommandLine().getSubcommands().isEmpty()
                ? "unexpected argument " : "unknown command ";
        String text = what + "'" + word + "'";
        if (!near.isEmpty()) {
            text += "; did you mean " + near.getFirst() + "?"; // picocli lists the nearest first
        } else if (!option && !u.getCommandLine().getSubcommands().isEmpty()) {
            text += "; the commands are " + String.join(", ", u.getCommandLine().getSubcommands().keySet());
        }
        return text;
    }
}
