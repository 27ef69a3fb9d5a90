package org.sportello.server.cli;

import io.grpc.ManagedChannel;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.sportello.model.auth.AuthService;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.office.OfficeDirectory;
import org.sportello.model.queue.QueueService;
import org.sportello.protocol.client.RemoteAuth;
import org.sportello.protocol.client.RemoteDirectory;
import org.sportello.protocol.client.RemoteQueue;
import org.sportello.protocol.station.OfficeAddress;
import org.sportello.protocol.station.OfficeChannels;
import org.sportello.protocol.station.StationIdentity;
import picocli.CommandLine.Option;

/**
 * A command run on a workstation, as the enrolled station of this machine (ADR 23): it reaches the
 * office server over the office protocol with the station's certificate, and the server decides what
 * the station may do. Only the server machine opens the office database.
 */
final class StationClient implements AutoCloseable {
    private final String address;
    private final ManagedChannel channel;
    private final RemoteQueue queue;
    private final RemoteDirectory directory;
    private final RemoteAuth auth;
    private final org.sportello.protocol.client.RemoteCases cases;
    private final org.sportello.protocol.client.RemoteDocuments documents;
    private final org.sportello.protocol.client.RemoteAgenda agenda;
    private final org.sportello.protocol.client.RemoteProfiles profiles;
    private final org.sportello.protocol.client.RemoteStamps stamps;

    private StationClient(String address, ManagedChannel channel) {
        this.address = address;
        this.channel = channel;
        this.queue = new RemoteQueue(channel);
        this.directory = new RemoteDirectory(channel);
        this.auth = new RemoteAuth(channel);
        this.cases = new org.sportello.protocol.client.RemoteCases(channel);
        this.documents = new org.sportello.protocol.client.RemoteDocuments(channel);
        this.agenda = new org.sportello.protocol.client.RemoteAgenda(channel);
        this.profiles = new org.sportello.protocol.client.RemoteProfiles(channel);
        this.stamps = new org.sportello.protocol.client.RemoteStamps(channel);
    }

    /** {@code --office ADDRESS} and {@code --identity DIR}, shared by the commands a station may run. */
    static final class Options {
        @Option(names = "--office", paramLabel = "ADDRESS",
                description = "Work through the office server HOST[:PORT], as this machine's enrolled station "
                        + "(default: $SPORTELLO_OFFICE; without either, the office database here).")
        String office;

        @Option(names = "--identity", paramLabel = "DIR",
                description = "This station's identity, made by \"sportello station join\" "
                        + "(default: ~/.sportello/station).")
        Path identity;

        /** Whether the command goes to an office server rather than to the database on this machine. */
        boolean remote(CliEnvironment env) {
            return address(env) != null;
        }

        StationClient open(CliEnvironment env) {
            String address = address(env);
            Path folder = identity != null ? identity : StationIdentity.defaultFolder(env.home());
            if (!StationIdentity.exists(folder)) {
                throw new CliFailure(ExitCode.USAGE, "this machine is not an enrolled station (no identity in "
                        + folder + "): run sportello station join --office " + address + " --code CODE"
                        + (identity != null ? " --identity " + folder : "") + " first");
            }
            OfficeAddress parsed;
            try {
                parsed = OfficeAddress.parse(address);
            } catch (IllegalArgumentException e) {
                throw new CliFailure(ExitCode.USAGE, "--office: " + e.getMessage());
            }
            return new StationClient(address, OfficeChannels.open(parsed, StationIdentity.load(folder)));
        }

        private String address(CliEnvironment env) {
            if (office != null && !office.isBlank()) {
                return office.strip();
            }
            String fromEnv = env.variable(CliEnvironment.OFFICE_VARIABLE);
            return fromEnv == null ? null : fromEnv.strip();
        }
    }

    org.sportello.protocol.client.RemoteStamps stamps() {
        return stamps;
    }

    org.sportello.protocol.client.RemoteQueue queue() {
        return queue;
    }

    OfficeDirectory directory() {
        return directory;
    }

    AuthService auth() {
        return auth;
    }

    org.sportello.model.cases.CaseService cases() {
        return cases;
    }

    org.sportello.model.agenda.AgendaService agenda() {
        return agenda;
    }

    org.sportello.model.documents.DocumentService documents() {
        return documents;
    }

    org.sportello.model.profile.ProfileService profiles() {
        return profiles;
    }

    /**
     * Runs the command's calls; a server that does not answer is "unreachable" for scripts, not the
     * office database the shared problem text speaks of.
     */
    <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (SportelloException e) {
            if (e.problem() == Problem.OFFICE_UNAVAILABLE) {
                throw new CliFailure(ExitCode.UNREACHABLE, "the office server " + address + " cannot be reached"
                        + cause(e));
            }
            throw e;
        }
    }

    void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Ends the operator's session on the server. A failure here does not undo the work already done,
     * and the server ends an idle session by itself, so it is not the command's failure.
     */
    void logout(OperatorSession session) {
        try {
            auth.logout(session);
        } catch (SportelloException ignored) {
            // See above: the session expires on the server.
        }
    }

    @Override
    public void close() {
        channel.shutdownNow();
        try {
            channel.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String cause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e || t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse("");
    }
}
