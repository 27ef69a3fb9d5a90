package org.sportello.server.api;

import com.google.protobuf.ByteString;
import io.grpc.stub.StreamObserver;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.v1.AdminGrpc;
import org.sportello.protocol.v1.CommandOutput;
import org.sportello.protocol.v1.CommandRequest;
import org.sportello.server.cli.CliEnvironment;
import org.sportello.server.cli.SportelloCommand;

/**
 * Runs a {@code sportello} command that needs the office database inside the server, which holds the
 * database (ADR 23): only for the local administrator, the credential in the server's own data folder.
 * The command works on the server's own services, so its changes take turns with the stations' calls
 * as any other change does.
 */
public final class CommandApi extends AdminGrpc.AdminImplBase {
    private static final int MAX_ARGS = 64;

    private final OfficeConnection office;
    private final Path home;

    public CommandApi(OfficeConnection office, Path home) {
        this.office = Objects.requireNonNull(office);
        this.home = Objects.requireNonNull(home);
    }

    @Override
    public void runCommand(CommandRequest request, StreamObserver<CommandOutput> out) {
        try {
            Caller.current().require("run an administration command", StationRole.ADMIN);
            if (request.getArgsCount() == 0 || request.getArgsCount() > MAX_ARGS) {
                throw new IllegalArgumentException("between 1 and " + MAX_ARGS + " arguments");
            }
        } catch (RuntimeException e) {
            out.onError(Calls.status(e));
            return;
        }
        Map<String, String> variables = new TreeMap<>();
        request.getEnvironmentMap().forEach((k, v) -> {
            if (k.startsWith("SPORTELLO_")) {
                variables.put(k, v);
            }
        });
        if (!request.getLocale().isBlank()) {
            // Texts that have both languages answer in the caller's, not the server's.
            variables.putIfAbsent("SPORTELLO_LOCALE", request.getLocale());
        }
        CliEnvironment env = new CliEnvironment(variables, new ByteArrayInputStream(request.getStdin().toByteArray()),
                home);
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int exit;
        try (PrintWriter o = new PrintWriter(stdout); PrintWriter e = new PrintWriter(stderr)) {
            exit = SportelloCommand.runHosted(request.getArgsList().toArray(String[]::new), o, e, env, office);
        }
        out.onNext(CommandOutput.newBuilder()
                .setStdout(ByteString.copyFrom(stdout.toString(), StandardCharsets.UTF_8))
                .setStderr(ByteString.copyFrom(stderr.toString(), StandardCharsets.UTF_8))
                .setExitCode(exit)
                .build());
        out.onCompleted();
    }
}
