package org.sportello.server.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.ClientInterceptors;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.StreamObserver;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.protocol.ProtocolVersion;
import org.sportello.protocol.v1.DirectoryGrpc;
import org.sportello.protocol.v1.Empty;
import org.sportello.protocol.v1.StationInfo;
import org.sportello.protocol.wire.Problems;

/** The protocol version on every call: what the server lets through and what it tells an old station. */
class ProtocolVersionCheckTest {
    private final AtomicReference<String> softwareSeen = new AtomicReference<>();
    private Server server;
    private ManagedChannel channel;

    private DirectoryGrpc.DirectoryBlockingStub stub(int oldest, io.grpc.ClientInterceptor... stamps) throws Exception {
        String name = InProcessServerBuilder.generateName();
        server = InProcessServerBuilder.forName(name).directExecutor()
                .addService(ServerInterceptors.intercept(new DirectoryGrpc.DirectoryImplBase() {
                    @Override
                    public void whoAmI(Empty request, StreamObserver<StationInfo> observer) {
                        observer.onNext(StationInfo.newBuilder().setName("served").build());
                        observer.onCompleted();
                    }
                }, new ProtocolVersionCheck(oldest), new io.grpc.ServerInterceptor() {
                    @Override
                    public <Q, A> io.grpc.ServerCall.Listener<Q> interceptCall(io.grpc.ServerCall<Q, A> call,
                            io.grpc.Metadata headers, io.grpc.ServerCallHandler<Q, A> next) {
                        softwareSeen.set(headers.get(ProtocolVersion.SOFTWARE_HEADER));
                        return next.startCall(call, headers);
                    }
                })).build().start();
        channel = InProcessChannelBuilder.forName(name).directExecutor().build();
        return DirectoryGrpc.newBlockingStub(ClientInterceptors.intercept(channel, stamps));
    }

    @AfterEach
    void close() {
        channel.shutdownNow();
        server.shutdownNow();
    }

    @Test
    void aStationOfThisBuildIsServedAndSaysItsRelease() throws Exception {
        assertThat(stub(ProtocolVersionCheck.OLDEST_ACCEPTED, ProtocolVersion.stamp())
                .whoAmI(Empty.getDefaultInstance()).getName()).isEqualTo("served");
        assertThat(softwareSeen.get()).as("the release Maven wrote").isNotBlank().isNotEqualTo("unknown")
                .doesNotContain("${");
    }

    @Test
    void aStationBuiltBeforeTheHeaderExistedIsStillServed() throws Exception {
        assertThat(stub(ProtocolVersionCheck.OLDEST_ACCEPTED).whoAmI(Empty.getDefaultInstance()).getName())
                .isEqualTo("served");
    }

    @Test
    void aStationOlderThanTheServerAcceptsIsRefusedWithWhatToDo() throws Exception {
        var old = stub(ProtocolVersion.CURRENT + 1, ProtocolVersion.stamp());
        assertThatThrownBy(() -> old.whoAmI(Empty.getDefaultInstance()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    RuntimeException told = Problems.fromStatus(e, "test");
                    assertThat(told).isInstanceOf(SportelloException.class);
                    SportelloException s = (SportelloException) told;
                    assertThat(s.problem()).isEqualTo(Problem.STATION_OUTDATED);
                    assertThat(s.arguments()).containsExactly(String.valueOf(ProtocolVersion.CURRENT),
                            String.valueOf(ProtocolVersion.CURRENT + 1));
                });
    }

    @Test
    void aGarbledVersionIsTreatedAsTooOld() throws Exception {
        io.grpc.ClientInterceptor garbled = new io.grpc.ClientInterceptor() {
            @Override
            public <Q, A> io.grpc.ClientCall<Q, A> interceptCall(io.grpc.MethodDescriptor<Q, A> method,
                    io.grpc.CallOptions options, io.grpc.Channel next) {
                return new io.grpc.ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
                    @Override
                    public void start(Listener<A> listener, io.grpc.Metadata headers) {
                        headers.put(ProtocolVersion.PROTOCOL_HEADER, "two");
                        super.start(listener, headers);
                    }
                };
            }
        };
        var stub = stub(ProtocolVersionCheck.OLDEST_ACCEPTED, garbled);
        assertThatThrownBy(() -> stub.whoAmI(Empty.getDefaultInstance()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(
                        ((SportelloException) Problems.fromStatus(e, "test")).problem()).isEqualTo(Problem.STATION_OUTDATED));
    }
}
