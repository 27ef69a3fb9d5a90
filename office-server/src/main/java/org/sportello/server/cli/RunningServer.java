package org.sportello.server.cli;

import io.grpc.ManagedChannel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.sportello.protocol.station.OfficeChannels;
import org.sportello.protocol.station.StationIdentity;
import org.sportello.server.OfficeServer;

/**
 * The office server running on this machine's data folder, reached with the local administrator's
 * credential ({@code DATA/admin}, readable only by the account that runs the server). Absent when
 * the server is not running, or when this account cannot read the credential.
 */
final class RunningServer {
    private RunningServer() {
    }

    /** A channel to the running server, or empty; the caller closes it. */
    static Optional<ManagedChannel> channel(Path dataDir) {
        Path running = dataDir.resolve(OfficeServer.RUNNING_FILE);
        Path admin = dataDir.resolve("admin");
        if (!Files.isRegularFile(running) || !Files.isReadable(running) || !StationIdentity.exists(admin)) {
            return Optional.empty();
        }
        try {
            String address = Files.readString(running, StandardCharsets.US_ASCII).strip();
            return Optional.of(OfficeChannels.open(address, StationIdentity.load(admin)));
        } catch (IOException | RuntimeException e) {
            // Not this account's server, or a marker left by a crash: the command runs here instead.
            return Optional.empty();
        }
    }
}
