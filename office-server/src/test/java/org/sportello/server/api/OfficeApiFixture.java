package org.sportello.server.api;

import io.grpc.Channel;
import io.grpc.ClientInterceptors;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.MetadataUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.server.storage.OfficeDatabase;
import org.sportello.server.testing.TestOffice;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.v1.ProblemDetail;
import org.sportello.protocol.wire.Problems;

/**
 * The office server's three services on a real H2 file database, over in-process gRPC. The real
 * server learns the station from its TLS certificate; here a test header names it, and a server
 * interceptor puts that {@link Caller} into the call's context exactly where the TLS one will.
 */
final class OfficeApiFixture implements AutoCloseable {
    private static final Metadata.Key<String> STATION =
            Metadata.Key.of("x-test-station", Metadata.ASCII_STRING_MARSHALLER);

    private final Path dir;
    private final TestOffice office;
    private final String name = "office-" + UUID.randomUUID();
    private final ManagedChannel channel;
    private OfficeConnection connection;
    private InMemorySessions sessions;
    private EventBroadcast broadcast;
    private Server server;

    private final int bufferPerSubscriber;
    /** The fit engine the Offers service uses: the tests' own ({@code TestFitter}) unless one is set. */
    private org.sportello.model.offers.OfferFitter fitter = new org.sportello.server.offers.TestFitter();

    private OfficeApiFixture(Path dir, int bufferPerSubscriber) {
        this.dir = dir;
        this.bufferPerSubscriber = bufferPerSubscriber;
        this.office = TestOffice.embedded(dir);
        this.connection = office.connection();
        this.channel = InProcessChannelBuilder.forName(name).build();
        startServer();
    }

    static OfficeApiFixture start(Path dir) {
        return new OfficeApiFixture(dir, 1024);
    }

    /** With a small buffer per stream, to see a stalled station cut. */
    static OfficeApiFixture start(Path dir, int bufferPerSubscriber) {
        return new OfficeApiFixture(dir, bufferPerSubscriber);
    }

    /** A channel whose calls come from the station {@code role}-1 (e.g. kiosk-1). */
    Channel as(StationRole role) {
        return as(role, role.wireName() + "-1");
    }

    Channel as(StationRole role, String station) {
        Metadata headers = new Metadata();
        headers.put(STATION, role.wireName() + ":" + station);
        return ClientInterceptors.intercept(channel, MetadataUtils.newAttachHeadersInterceptor(headers));
    }

    /** Logs an operator in at a station, as the session service would; the token the desk then sends. */
    String login(StationRole role, String station, String login) {
        return sessions.login(new Caller(station, role, "test"), login, TestOffice.PASSWORD.toCharArray()).token();
    }

    String login(StationRole role, String login) {
        return login(role, role.wireName() + "-1", login);
    }

    TestOffice office() {
        return office;
    }

    OfficeConnection connection() {
        return connection;
    }

    EventBroadcast broadcast() {
        return broadcast;
    }

    /**
     * Stops the server (every open stream is cut) and starts a new one on the same name, with the
     * database closed and opened again, as after a restart. Operators' sessions do not survive it.
     */
    void restart() {
        stopServer();
        office.close();
        connection = OfficeConnection.open(OfficeDatabase.open(OfficeDatabase.fileUrl(dir)), office.clock());
        startServer();
    }

    /** The problem a refusal carries, or null. */
    static String problem(StatusRuntimeException e) {
        ProblemDetail detail = e.getTrailers() == null ? null : e.getTrailers().get(Problems.DETAIL_KEY);
        return detail == null ? null : detail.getProblem();
    }

    private void startServer() {
        sessions = new InMemorySessions(connection.auth());
        broadcast = new EventBroadcast(connection.events(), Duration.ofMillis(10), Duration.ofMillis(300), bufferPerSubscriber).start();
        ServerInterceptor stations = new TestStations();
        try {
            server = InProcessServerBuilder.forName(name)
                    .addService(ServerInterceptors.intercept(new DirectoryApi(connection.directory()), stations))
                    .addService(ServerInterceptors.intercept(
                            new QueueApi(connection.queue()::submit, sessions, broadcast::wake)
                                    .withCheckIns((code, taxCode, language, key, offer) -> code != null
                                            ? connection.checkIn().byLetter(code, language, key, offer)
                                            : connection.checkIn().byCard(taxCode, language, key, offer)), stations))
                    .addService(ServerInterceptors.intercept(
                            new EventsApi(connection.events(), connection.devices(), broadcast), stations))
                    .addService(ServerInterceptors.intercept(new CasesApi(connection.cases(), sessions,
                            connection.directory().office().zone(), office.clock()), stations))
                    .addService(ServerInterceptors.intercept(new AgendaApi(connection.agenda(), sessions,
                            connection.directory().office().zone(), office.clock()), stations))
                    .addService(ServerInterceptors.intercept(new StampsApi(connection.stamps(), sessions,
                            connection.directory().office().zone(), office.clock()), stations))
                    .addService(ServerInterceptors.intercept(new org.sportello.server.profile.ProfilesApi(
                            connection.profiles(), sessions, connection.directory().office().zone(), office.clock()),
                            stations))
                    .addService(ServerInterceptors.intercept(
                            new org.sportello.server.communication.CompanyCommunicationsApi(
                                    connection.communications(), sessions), stations))
                    .addService(ServerInterceptors.intercept(OffersApi.of(connection, sessions, fitter, office.clock()),
                            stations))
                    .addService(ServerInterceptors.intercept(
                            new org.sportello.server.vacancies.VacanciesApi(connection.vacancies(), sessions), stations))
                    .build()
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void stopServer() {
        server.shutdownNow();
        try {
            server.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        broadcast.close();
    }

    @Override
    public void close() {
        stopServer();
        channel.shutdownNow();
        connection.close();
    }

    private static final class TestStations implements ServerInterceptor {
        @Override
        public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers,
                                                          ServerCallHandler<Q, A> next) {
            String station = headers.get(STATION);
            if (station == null) {
                call.close(Status.UNAUTHENTICATED.withDescription("no test station"), new Metadata());
                return new ServerCall.Listener<>() {
                };
            }
            String[] parts = station.split(":", 2);
            Caller caller = new Caller(parts[1], StationRole.parse(parts[0]).orElseThrow(), "test");
            return Contexts.interceptCall(Context.current().withValue(Caller.KEY, caller), call, headers, next);
        }
    }
}
