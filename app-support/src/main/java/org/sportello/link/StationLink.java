package org.sportello.link;

import io.grpc.ManagedChannel;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.sportello.model.auth.OperatorSession;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.person.PersonFile;
import org.sportello.model.person.PersonRecords;
import org.sportello.protocol.client.EventSubscription;
import org.sportello.protocol.client.OfficeClient;
import org.sportello.protocol.client.RemoteAuth;
import org.sportello.protocol.client.RemoteCases;
import org.sportello.protocol.client.RemoteCommunications;
import org.sportello.protocol.client.RemoteProfiles;
import org.sportello.protocol.client.RemoteDocuments;
import org.sportello.protocol.client.RemotePeople;
import org.sportello.protocol.client.RemoteScans;
import org.sportello.protocol.client.RemoteSyncHealth;
import org.sportello.protocol.station.OfficeAddress;
import org.sportello.protocol.station.OfficeChannels;
import org.sportello.protocol.station.StationIdentity;

/**
 * An enrolled station's link to its office server: one mutual-TLS channel (ADR 23), which gRPC
 * reconnects by itself, and the office's services over it. Calls fail fast with
 * {@code OFFICE_UNAVAILABLE} while the server is away, which the apps show as an outage and retry.
 */
public final class StationLink implements OfficeLink, AutoCloseable {
    private final ManagedChannel channel;
    private final OfficeClient client;
    private final OfficeServices services;
    private volatile OperatorSession operator;

    private StationLink(ManagedChannel channel, Clock clock) {
        this.channel = channel;
        this.client = new OfficeClient(channel, () -> operator);
        RemoteAuth auth = new RemoteAuth(channel);
        this.services = new OfficeServices(client.directory(), auth, client.queue(), client.events(),
                client.devices(), new RemoteScans(channel, () -> operator), new RemoteSyncHealth(channel),
                new RemoteDocuments(channel), new LazyPeople(client, clock), new RemoteProfiles(channel),
                new RemoteCommunications(channel), new RemoteCases(channel),
                new org.sportello.protocol.client.RemoteAgenda(channel),
                new org.sportello.protocol.client.RemoteVacancies(channel),
                new org.sportello.protocol.client.RemoteStamps(channel));
    }

    /** A link for the station whose identity (key, certificate, office CA) is {@code identity}. */
    public static StationLink open(OfficeAddress office, StationIdentity identity, Clock clock) {
        ManagedChannel channel = OfficeChannels.open(office, identity);
        // Connect (TCP and the TLS handshake) now, on gRPC's threads, while the app builds its first screen:
        // a channel otherwise waits for its first call.
        channel.getState(true);
        return new StationLink(channel, clock);
    }

    @Override
    public OfficeServices services() {
        return services;
    }

    /** The channel itself, for services the apps reach through their own port (the terminal's offers). */
    public io.grpc.Channel channel() {
        return channel;
    }

    /** The office's events after {@code afterSeq}, pushed as they happen; resumes by itself. */
    public EventSubscription subscribe(long afterSeq, EventSubscription.Listener listener) {
        return client.subscribe(afterSeq, listener);
    }

    /**
     * The operator logged in at this desk, or null: queue reads and scan checks are made as them (the
     * server answers personal data only with their session).
     */
    public void operator(OperatorSession session) {
        this.operator = session;
    }

    @Override
    public boolean reachable() {
        try {
            client.directory().whoAmI();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        channel.shutdownNow();
    }

    /** The person look-ups need the office's time zone, which the directory gives on first use. */
    private static final class LazyPeople implements PersonRecords {
        private final OfficeClient client;
        private final Clock clock;
        private volatile RemotePeople people;

        LazyPeople(OfficeClient client, Clock clock) {
            this.client = client;
            this.clock = Objects.requireNonNull(clock);
        }

        private RemotePeople people() {
            RemotePeople p = people;
            if (p == null) {
                p = new RemotePeople(client.channel(), client.directory().office().zone(), clock);
                people = p;
            }
            return p;
        }

        @Override
        public Optional<PersonFile> find(OperatorSession session, CodiceFiscale code) {
            return people().find(session, code);
        }

        @Override
        public Optional<String> companyName(OperatorSession session, String taxCode) {
            return people().companyName(session, taxCode);
        }
    }
}
