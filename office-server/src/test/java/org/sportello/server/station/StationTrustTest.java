package org.sportello.server.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.station.JoinProof;
import org.sportello.protocol.station.OfficeChannels;
import org.sportello.protocol.station.OfficeTrust;
import org.sportello.protocol.station.StationIdentity;
import org.sportello.protocol.station.StationJoin;
import org.sportello.protocol.v1.AdminGrpc;
import org.sportello.protocol.v1.DirectoryGrpc;
import org.sportello.protocol.v1.EnrolStationRequest;
import org.sportello.protocol.v1.Empty;
import org.sportello.protocol.v1.EnrolmentGrpc;
import org.sportello.protocol.v1.EventsGrpc;
import org.sportello.protocol.v1.EventsRequest;
import org.sportello.protocol.v1.JoinRequest;
import org.sportello.protocol.v1.OfficeEventMsg;
import org.sportello.protocol.v1.StationInfo;
import org.sportello.protocol.v1.StationName;
import org.sportello.protocol.wire.Problems;

/** The office server's trust boundary, attacked over loopback as a machine on the office network would. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StationTrustTest {
    @TempDir
    Path dir;

    StationFixture office;

    @BeforeEach
    void start() {
        office = new StationFixture(dir);
    }

    @AfterEach
    void stop() {
        office.close();
    }

    @Test
    void anEnrolledStationCallsAsItself() {
        String code = office.code("kiosk-1", StationRole.KIOSK);
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
        StationJoin.Joined joined = office.join(code, dir.resolve("kiosk"));
        assertThat(joined.officeCode()).isNotBlank();
        assertThat(joined.identity().name()).isEqualTo("kiosk-1");
        assertThat(joined.identity().role()).isEqualTo(StationRole.KIOSK);

        StationIdentity identity = StationIdentity.load(dir.resolve("kiosk"));
        StationInfo me = whoAmI(identity);
        assertThat(me.getName()).isEqualTo("kiosk-1");
        assertThat(me.getRole()).isEqualTo("kiosk");
        // "Last seen" is written beside the call, on a thread of its own (so a call never waits for it).
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (office.server.stations().list().stream().allMatch(s -> s.lastSeenAt() == null)
                && System.nanoTime() < until) {
            java.util.concurrent.locks.LockSupport.parkNanos(20_000_000);
        }
        assertThat(office.server.stations().list()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("kiosk-1");
            assertThat(s.serial()).isEqualTo(identity.serial());
            assertThat(s.lastSeenAt()).as("the call was noted").isNotNull();
        });
    }

    @Test
    void aCodeWorksOnce() {
        String code = office.code("kiosk-1", StationRole.KIOSK);
        office.join(code, dir.resolve("first"));
        assertRefused(() -> office.join(code, dir.resolve("second")));
        assertThat(StationIdentity.exists(dir.resolve("second"))).isFalse();
    }

    @Test
    void anExpiredCodeIsRefused() {
        String code = office.code("kiosk-1", StationRole.KIOSK);
        office.clock.advance(Duration.ofHours(24).plusSeconds(1));
        assertRefused(() -> office.join(code, dir.resolve("late")));
    }

    @Test
    void aWrongCodeIsRefusedAndGuessingIsThrottled() {
        String code = office.code("kiosk-1", StationRole.KIOSK);
        for (int i = 0; i < JoinThrottle.FAILURES_PER_WINDOW; i++) {
            assertRefused(() -> office.join("K7QF-9XWM-3RTA-PZ4N", dir.resolve("guess")));
        }
        assertRefused(() -> office.join(code, dir.resolve("throttled")));
        office.clock.advance(JoinThrottle.WINDOW.plusSeconds(1));
        assertThat(office.join(code, dir.resolve("later")).identity().name()).isEqualTo("kiosk-1");
    }

    @Test
    void aProofMadeOverAnotherCertificateIsRefused() throws Exception {
        String code = office.code("kiosk-1", StationRole.KIOSK);
        KeyPair keys = OfficeCa.newKeyPair();
        // What a station that talked to a man in the middle would send: the proof over his certificate.
        OfficeCa middle = OfficeCa.openOrCreate(dir.resolve("middle"), List.of("127.0.0.1"), office.clock);
        byte[] proof = JoinProof.compute(code, middle.serverCertificate().getEncoded(), keys.getPublic().getEncoded());
        ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", office.server.enrolmentPort())
                .sslContext(GrpcSslContexts.forClient().trustManager(InsecureTrustManagerFactory.INSTANCE).build())
                .build();
        try {
            assertThatThrownBy(() -> EnrolmentGrpc.newBlockingStub(channel).join(JoinRequest.newBuilder()
                    .setPublicKey(ByteString.copyFrom(keys.getPublic().getEncoded()))
                    .setProof(ByteString.copyFrom(proof)).build()))
                    .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(problem(e))
                            .isEqualTo(Problem.ENROLMENT_REFUSED));
        } finally {
            channel.shutdownNow();
        }
        // The code was not spent by the attempt: the real station still joins.
        assertThat(office.join(code, dir.resolve("real")).identity().name()).isEqualTo("kiosk-1");
    }

    @Test
    void aTlsClientWithoutACertificateFailsAtTheHandshake() throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance("PKIX");
        KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
        anchors.load(null, null);
        anchors.setCertificateEntry("ca", office.server.officeCa().certificate());
        trust.init(anchors);
        SSLContext tls = SSLContext.getInstance("TLSv1.3");
        tls.init(null, trust.getTrustManagers(), null);
        try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket("127.0.0.1", office.server.port())) {
            socket.setSoTimeout(10_000);
            assertThatThrownBy(() -> {
                socket.startHandshake();
                // TLS 1.3 finishes the client's side first; the server's refusal comes with the next read.
                socket.getOutputStream().write("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                socket.getInputStream().read();
            }).as("refused: an alert, or the connection closed under the client's first write")
                    .isInstanceOfAny(SSLException.class, java.net.SocketException.class);
        }
        // And through gRPC: the call never reaches a service.
        ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", office.server.port())
                .sslContext(GrpcSslContexts.forClient().trustManager(office.server.officeCa().certificate()).build())
                .build();
        try {
            assertThatThrownBy(() -> DirectoryGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS)
                    .whoAmI(Empty.getDefaultInstance()))
                    .isInstanceOfSatisfying(StatusRuntimeException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE));
        } finally {
            channel.shutdownNow();
        }
    }

    @Test
    void aCertificateFromAForgedCaWithTheSameNamesIsRefused() {
        StationIdentity real = office.join(office.code("kiosk-1", StationRole.KIOSK), dir.resolve("kiosk")).identity();
        OfficeCa forged = OfficeCa.openOrCreate(dir.resolve("forged"), List.of("127.0.0.1"), office.clock);
        KeyPair keys = OfficeCa.newKeyPair();
        X509Certificate fake = forged.signStation("kiosk-1", StationRole.KIOSK, keys.getPublic());
        StationIdentity impostor = new StationIdentity(keys.getPrivate(), fake, real.officeCa());
        assertThatThrownBy(() -> whoAmI(impostor))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE));
        // A certificate the real CA signed for a station the office never enrolled is refused too.
        X509Certificate unknown = office.server.officeCa().signStation("kiosk-9", StationRole.KIOSK, keys.getPublic());
        assertThatThrownBy(() -> whoAmI(new StationIdentity(keys.getPrivate(), unknown, real.officeCa())))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
                    assertThat(problem(e)).isEqualTo(Problem.STATION_UNKNOWN);
                });
    }

    @Test
    void aRevokedStationIsRefusedAtOnceAndItsOpenStreamEnds() throws Exception {
        StationIdentity desk = office.join(office.code("desk-1", StationRole.DESK), dir.resolve("desk")).identity();
        ManagedChannel channel = OfficeChannels.open(office.address(), desk);
        try {
            Iterator<OfficeEventMsg> stream = EventsGrpc.newBlockingStub(channel)
                    .subscribe(EventsRequest.getDefaultInstance());
            assertThat(stream.next()).isNotNull();
            assertThat(office.streamOpen.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(office.server.authInterceptor().openCalls("desk-1")).isEqualTo(1);

            assertThat(office.server.stations().revoke("desk-1")).isTrue();

            long before = System.nanoTime();
            assertThatThrownBy(stream::hasNext).isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
                assertThat(problem(e)).isEqualTo(Problem.STATION_UNKNOWN);
            });
            assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(5));
            assertThat(office.cancelledStreams).containsExactly("desk-1");
            assertThat(office.revoked).containsExactly("desk-1");
            assertThatThrownBy(() -> DirectoryGrpc.newBlockingStub(channel).whoAmI(Empty.getDefaultInstance()))
                    .isInstanceOfSatisfying(StatusRuntimeException.class,
                            e -> assertThat(problem(e)).isEqualTo(Problem.STATION_UNKNOWN));
            assertThat(office.server.authInterceptor().openCalls("desk-1")).isZero();
        } finally {
            channel.shutdownNow();
        }
        assertThat(office.server.stations().list()).singleElement().satisfies(s -> assertThat(s.isRevoked()).isTrue());
    }

    @Test
    void reEnrollingANameRevokesItsOldCertificate() {
        StationIdentity old = office.join(office.code("kiosk-1", StationRole.KIOSK), dir.resolve("old")).identity();
        assertThat(whoAmI(old).getName()).isEqualTo("kiosk-1");
        StationIdentity fresh = office.join(office.code("kiosk-1", StationRole.DISPLAY), dir.resolve("new")).identity();
        assertThat(whoAmI(fresh).getRole()).isEqualTo("display");
        assertThatThrownBy(() -> whoAmI(old)).isInstanceOfSatisfying(StatusRuntimeException.class,
                e -> assertThat(problem(e)).isEqualTo(Problem.STATION_UNKNOWN));
        assertThat(office.revoked).containsExactly("kiosk-1");
    }

    @Test
    void noPortTheServerListensOnSpeaksH2() {
        for (int port : new int[] {office.server.port(), office.server.enrolmentPort(), 9092}) {
            String url = "jdbc:h2:tcp://127.0.0.1:" + port + "/office";
            assertThatThrownBy(() -> DriverManager.getConnection(url, "sportello", "sportello").close())
                    .as("H2 over TCP on port %d", port)
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void noSqlCredentialInTheDataFolder() throws IOException {
        office.join(office.code("kiosk-1", StationRole.KIOSK), dir.resolve("kiosk"));
        List<Path> files;
        try (Stream<Path> all = Files.walk(office.data)) {
            files = all.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().endsWith(".mv.db"))
                    .toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            assertThat(text).as(f.toString()).doesNotContain("sportello").doesNotContainIgnoringCase("password")
                    .doesNotContain("jdbc:");
        }
    }

    @Test
    void keysAndCredentialsAreOwnerOnly() throws IOException {
        StationJoin.Joined joined = office.join(office.code("kiosk-1", StationRole.KIOSK), dir.resolve("kiosk"));
        assertThat(joined.identity()).isNotNull();
        for (Path folder : List.of(office.data.resolve("tls"), office.data.resolve("admin"), dir.resolve("kiosk"))) {
            assertThat(PosixPermissions.of(folder)).as(folder.toString()).isEqualTo("rwx------");
            try (Stream<Path> files = Files.list(folder)) {
                List<Path> list = files.toList();
                assertThat(list).isNotEmpty();
                for (Path f : list) {
                    assertThat(PosixPermissions.of(f)).as(f.toString()).isEqualTo("rw-------");
                }
            }
        }
        assertThat(office.data.resolve("tls").resolve(OfficeCa.CA_KEY)).exists();
        assertThat(office.data.resolve("admin").resolve("station.key")).exists();
    }

    @Test
    void aStationCertificateCannotServeAsAServerCertificate() throws Exception {
        StationIdentity kiosk = office.join(office.code("kiosk-1", StationRole.KIOSK), dir.resolve("kiosk")).identity();
        assertThatThrownBy(() -> OfficeTrust.of(kiosk.officeCa())
                .checkServerTrusted(new X509Certificate[] {kiosk.certificate()}, "UNKNOWN"))
                .isInstanceOf(java.security.cert.CertificateException.class);
        // The real server certificate passes the same check: the refusal above is about the purpose.
        OfficeTrust.of(kiosk.officeCa()).checkServerTrusted(
                new X509Certificate[] {office.server.officeCa().serverCertificate()}, "UNKNOWN");

        // A rogue server on loopback presenting the kiosk's certificate: the desk refuses it.
        Server rogue = NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .sslContext(GrpcSslContexts.configure(SslContextBuilder.forServer(kiosk.key(), kiosk.certificate())).build())
                .addService(new DirectoryGrpc.DirectoryImplBase() {
                    @Override
                    public void whoAmI(Empty request, io.grpc.stub.StreamObserver<StationInfo> observer) {
                        observer.onNext(StationInfo.newBuilder().setName("rogue").build());
                        observer.onCompleted();
                    }
                })
                .build().start();
        StationIdentity desk = office.join(office.code("desk-1", StationRole.DESK), dir.resolve("desk")).identity();
        ManagedChannel channel = OfficeChannels.open("127.0.0.1:" + rogue.getPort(), desk);
        try {
            assertThatThrownBy(() -> DirectoryGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS)
                    .whoAmI(Empty.getDefaultInstance()))
                    .isInstanceOfSatisfying(StatusRuntimeException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE));
        } finally {
            channel.shutdownNow();
            rogue.shutdownNow();
        }
    }

    @Test
    void theLocalAdministratorEnrolsListsAndRevokes() {
        ManagedChannel admin = OfficeChannels.open(office.address(), StationIdentity.load(office.data.resolve("admin")));
        try {
            AdminGrpc.AdminBlockingStub stub = AdminGrpc.newBlockingStub(admin);
            String code = stub.enrolStation(EnrolStationRequest.newBuilder().setName("desk-2").setRole("desk").build())
                    .getCode();
            StationIdentity desk = office.join(code, dir.resolve("desk")).identity();
            assertThat(stub.listStations(Empty.getDefaultInstance()).getStationsList())
                    .extracting(s -> s.getName() + "/" + s.getRole()).containsExactly("desk-2/desk");
            ManagedChannel deskChannel = OfficeChannels.open(office.address(), desk);
            try {
                assertThatThrownBy(() -> AdminGrpc.newBlockingStub(deskChannel).listStations(Empty.getDefaultInstance()))
                        .isInstanceOfSatisfying(StatusRuntimeException.class,
                                e -> assertThat(problem(e)).isEqualTo(Problem.STATION_NOT_ALLOWED));
            } finally {
                deskChannel.shutdownNow();
            }
            stub.revokeStation(StationName.newBuilder().setName("desk-2").build());
            assertThat(stub.listStations(Empty.getDefaultInstance()).getStations(0).hasRevokedAtMs()).isTrue();
            assertThatThrownBy(() -> stub.enrolStation(EnrolStationRequest.newBuilder().setName("x")
                    .setRole("admin").build()))
                    .isInstanceOfSatisfying(StatusRuntimeException.class,
                            e -> assertThat(problem(e)).isEqualTo(Problem.INVALID_REQUEST));
        } finally {
            admin.shutdownNow();
        }
    }

    private StationInfo whoAmI(StationIdentity identity) {
        ManagedChannel channel = OfficeChannels.open(office.address(), identity);
        try {
            return DirectoryGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS)
                    .whoAmI(Empty.getDefaultInstance());
        } finally {
            channel.shutdownNow();
        }
    }

    private static void assertRefused(Runnable join) {
        assertThatThrownBy(join::run).isInstanceOfSatisfying(SportelloException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.ENROLMENT_REFUSED));
    }

    private static Problem problem(StatusRuntimeException e) {
        RuntimeException back = Problems.fromStatus(e, "test");
        return back instanceof SportelloException s ? s.problem() : null;
    }
}
