package org.sportello.server.station;

import io.grpc.BindableService;
import io.grpc.Context;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.sportello.model.testing.MutableClock;
import org.sportello.server.testing.TestOffice;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.station.OfficeAddress;
import org.sportello.protocol.station.StationJoin;
import org.sportello.protocol.v1.DirectoryGrpc;
import org.sportello.protocol.v1.Empty;
import org.sportello.protocol.v1.EventsGrpc;
import org.sportello.protocol.v1.EventsRequest;
import org.sportello.protocol.v1.OfficeEventMsg;
import org.sportello.protocol.v1.StationInfo;
import org.sportello.server.OfficeServer;
import org.sportello.server.api.Caller;

/**
 * A real office server on 127.0.0.1 over a real H2 file with the demo office, with two tiny services:
 * Directory.WhoAmI answers the caller the server saw; Events.Subscribe holds the stream open until its
 * context is cancelled (and notes that it was).
 */
final class StationFixture implements AutoCloseable {
    final MutableClock clock = new MutableClock(TestOffice.TUESDAY_MORNING.atZone(TestOffice.ROME).toInstant());
    final Path data;
    final OfficeServer server;
    final List<String> revoked = new CopyOnWriteArrayList<>();
    final List<String> cancelledStreams = new CopyOnWriteArrayList<>();
    final CountDownLatch streamOpen = new CountDownLatch(1);

    StationFixture(Path dir) {
        this.data = dir.resolve("data");
        try (TestOffice ignored = TestOffice.embedded(data)) {
            // The demo office, written before the server takes the database.
        }
        this.server = OfficeServer.start(OfficeServer.Options.loopback(data).withClock(clock),
                s -> List.<BindableService>of(new WhoAmI(), new HeldStream(), new StationAdminApi(s.stations())));
        server.onRevoked(revoked::add);
    }

    OfficeAddress address() {
        return new OfficeAddress("127.0.0.1", server.port());
    }

    String code(String name, StationRole role) {
        return server.stations().enrol(name, role).grouped();
    }

    StationJoin.Joined join(String code, Path identity) {
        return StationJoin.join(address(), server.enrolmentPort(), code, identity);
    }

    @Override
    public void close() {
        server.close();
    }

    private static final class WhoAmI extends DirectoryGrpc.DirectoryImplBase {
        @Override
        public void whoAmI(Empty request, StreamObserver<StationInfo> observer) {
            org.sportello.server.api.Calls.answer(observer, () -> {
                Caller c = Caller.current();
                return StationInfo.newBuilder().setName(c.name()).setRole(c.role().wireName()).build();
            });
        }
    }

    private final class HeldStream extends EventsGrpc.EventsImplBase {
        @Override
        public void subscribe(EventsRequest request, StreamObserver<OfficeEventMsg> observer) {
            String name = Caller.current().name();
            Context.current().addListener(ctx -> cancelledStreams.add(name), Runnable::run);
            ((ServerCallStreamObserver<OfficeEventMsg>) observer).onNext(OfficeEventMsg.getDefaultInstance());
            streamOpen.countDown();
        }
    }
}
