package org.sportello.server.cli;

import com.google.protobuf.ByteString;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.sportello.protocol.v1.AdminGrpc;
import org.sportello.protocol.v1.CommandOutput;
import org.sportello.protocol.v1.CommandRequest;
import org.sportello.protocol.wire.Problems;

/**
 * Sends a command that needs the office database to the office server when it runs on this machine's
 * data folder: the server holds the embedded database (ADR 23), so such a command runs inside it, as
 * the local administrator, and its output and exit code come back here. With the server stopped the
 * command runs here on the data folder, as before.
 */
final class ServerForwarding {
    /** Commands (first words) that open the office database. */
    private static final Set<String> FORWARDED = Set.of("office init", "office backup", "queue", "operators", "documents intake",
            "documents reprint", "documents receipt", "documents verify", "dossier", "sync status", "sync review",
            "keys", "privacy", "offers", "courses", "places", "vacancies", "stamp");
    /** Commands a workstation runs as its enrolled station, through the office protocol, when given an office. */
    private static final Set<String> STATION_COMMANDS = Set.of("queue issue", "queue call", "queue finish",
            "queue list", "stamp");
    /** Commands whose first operand is a file to read: made absolute here, as the path options are. */
    private static final Set<String> FILE_OPERANDS = Set.of("offers import", "courses import", "places import");
    /** Options whose value is a path: made absolute here, since the server has another working folder. */
    private static final Set<String> PATH_OPTIONS = Set.of("--out", "--folder", "--file", "--setup");
    private static final Set<String> STDIN_FLAGS = Set.of("--password-stdin", "--admin-password-stdin");

    private ServerForwarding() {
    }

    /** The exit code of the command run by the server, or empty when it must run here. */
    static Optional<Integer> tryForward(String[] args, PrintWriter out, PrintWriter err, CliEnvironment env) {
        if (!forwarded(args) || asStation(args, env)) {
            return Optional.empty();
        }
        Optional<ManagedChannel> channel = RunningServer.channel(dataDir(args, env));
        if (channel.isEmpty()) {
            return Optional.empty();
        }
        try {
            List<String> sent = rewrite(args);
            byte[] stdin;
            if (needsPassword(sent) && sent.stream().noneMatch(STDIN_FLAGS::contains)) {
                // The server has no terminal to ask on: ask here, and hand the answer over as standard input.
                char[] password = prompt();
                stdin = (new String(password) + "\n").getBytes(StandardCharsets.UTF_8);
                java.util.Arrays.fill(password, '\0');
                sent.add(sent.getFirst().equals("office") ? "--admin-password-stdin" : "--password-stdin");
            } else {
                stdin = stdin(sent, env.stdin());
            }
            CommandRequest.Builder request = CommandRequest.newBuilder().addAllArgs(sent)
                    .setStdin(ByteString.copyFrom(stdin)).setLocale(Locale.getDefault().toLanguageTag());
            env.variables().forEach((k, v) -> {
                if (k.startsWith("SPORTELLO_") && !k.equals(CliEnvironment.DB_VARIABLE)
                        && !k.equals(CliEnvironment.DATA_VARIABLE)) {
                    request.putEnvironment(k, v);
                }
            });
            Iterator<CommandOutput> replies = AdminGrpc.newBlockingStub(channel.get())
                    .withDeadlineAfter(10, TimeUnit.MINUTES).runCommand(request.build());
            int exit = ExitCode.FAILURE.code();
            while (replies.hasNext()) {
                CommandOutput o = replies.next();
                out.print(o.getStdout().toString(StandardCharsets.UTF_8));
                err.print(o.getStderr().toString(StandardCharsets.UTF_8));
                if (o.hasExitCode()) {
                    exit = o.getExitCode();
                }
            }
            out.flush();
            err.flush();
            return Optional.of(exit);
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() == Status.Code.UNAVAILABLE) {
                // The marker outlived its server: the database is free, run here.
                return Optional.empty();
            }
            err.println("sportello: " + Problems.fromStatus(e, "the office server").getMessage());
            return Optional.of(ExitCode.REFUSED.code());
        } finally {
            channel.get().shutdownNow();
        }
    }

    static boolean forwarded(String[] args) {
        List<String> words = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("-")) {
                break;
            }
            words.add(a);
        }
        if (words.contains("--help") || List.of(args).contains("--help") || List.of(args).contains("-h")) {
            return false;
        }
        for (int n = 1; n <= Math.min(2, words.size()); n++) {
            if (FORWARDED.contains(String.join(" ", words.subList(0, n)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the command goes to the office named by {@code --office} or {@code $SPORTELLO_OFFICE} as this
     * machine's station: the server then judges it by the station's certificate and operator, never as
     * the local administrator, even when it runs on this very machine.
     */
    static boolean asStation(String[] args, CliEnvironment env) {
        List<String> words = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("-")) {
                break;
            }
            words.add(a);
        }
        boolean listed = !words.isEmpty() && (STATION_COMMANDS.contains(words.get(0))
                || words.size() >= 2 && STATION_COMMANDS.contains(words.get(0) + " " + words.get(1)));
        if (!listed) {
            return false;
        }
        for (String a : args) {
            if (a.equals("--office") || a.startsWith("--office=")) {
                return true;
            }
        }
        return env.variable(CliEnvironment.OFFICE_VARIABLE) != null;
    }

    /** The data folder a command names: {@code --data}, an embedded {@code --db} URL, the variables, the default. */
    static Path dataDir(String[] args, CliEnvironment env) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--data")) {
                return Path.of(args[i + 1]);
            }
            if (args[i].equals("--db") && args[i + 1].startsWith("jdbc:h2:file:")) {
                String file = args[i + 1].substring("jdbc:h2:file:".length()).split(";")[0];
                return Path.of(file).toAbsolutePath().getParent();
            }
        }
        String db = env.variable(CliEnvironment.DB_VARIABLE);
        if (db != null && db.startsWith("jdbc:h2:file:")) {
            return Path.of(db.substring("jdbc:h2:file:".length()).split(";")[0]).toAbsolutePath().getParent();
        }
        return env.dataDir();
    }

    /** The arguments for the server: without the database (it has its own), with absolute paths. */
    private static List<String> rewrite(String[] args) {
        List<String> sent = new ArrayList<>();
        boolean fileOperand = args.length > 2 && FILE_OPERANDS.contains(args[0] + " " + args[1]);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (fileOperand && i == 2 && !a.startsWith("-")) {
                sent.add(Path.of(a).toAbsolutePath().toString());
            } else if ((a.equals("--db") || a.equals("--data")) && i + 1 < args.length) {
                i++;
            } else if (PATH_OPTIONS.contains(a) && i + 1 < args.length) {
                sent.add(a);
                sent.add(Path.of(args[++i]).toAbsolutePath().toString());
            } else {
                sent.add(a);
            }
        }
        return sent;
    }

    private static boolean needsPassword(List<String> sent) {
        String command = String.join(" ", sent.subList(0, Math.min(2, sent.size())));
        return command.equals("operators add") || command.equals("operators passwd")
                || (command.equals("office init") && !sent.contains("--setup") && !sent.contains("--demo"));
    }

    private static char[] prompt() {
        Console console = System.console();
        if (console == null) {
            throw new CliFailure(ExitCode.USAGE, "no terminal to ask for the password: pass it with --password-stdin");
        }
        char[] first = console.readPassword("New password: ");
        char[] again = console.readPassword("Again: ");
        if (first == null || again == null || !java.util.Arrays.equals(first, again)) {
            throw new CliFailure(ExitCode.USAGE, "the two passwords differ");
        }
        return first;
    }

    private static byte[] stdin(List<String> sent, InputStream in) {
        boolean reads = sent.stream().anyMatch(a -> STDIN_FLAGS.contains(a) || a.equals("-"));
        if (!reads) {
            return new byte[0];
        }
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            in.transferTo(buffer);
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new CliFailure(ExitCode.USAGE, "cannot read standard input: " + e.getMessage());
        }
    }
}
