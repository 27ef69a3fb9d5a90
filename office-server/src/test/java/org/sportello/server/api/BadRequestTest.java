package org.sportello.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Channel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.v1.CounterRequest;
import org.sportello.protocol.v1.IssueTicketRequest;
import org.sportello.protocol.v1.QueueGrpc;
import org.sportello.protocol.v1.SessionRef;

/** A malformed request is refused to its sender alone, while another station's work goes through. */
class BadRequestTest {
    @TempDir
    Path dir;
    private OfficeApiFixture office;

    @BeforeEach
    void office() {
        office = OfficeApiFixture.start(dir);
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void eachBadRequestIsInvalidArgumentForItsSenderWhileAGoodCallersWorkCompletes() throws Exception {
        Channel kiosk = office.as(StationRole.KIOSK);
        SessionRef bad = SessionRef.newBuilder().setToken(office.login(StationRole.DESK, "desk-bad", "mrossi")).build();
        Channel badDesk = office.as(StationRole.DESK, "desk-bad");
        queue(badDesk).openCounter(CounterRequest.newBuilder().setSession(bad).setCounter(2).build());

        CompletableFuture<Integer> good = CompletableFuture.supplyAsync(() -> {
            int issued = 0;
            for (int i = 0; i < 60; i++) {
                queue(kiosk).issue(IssueTicketRequest.newBuilder().setServicePrefix("A").setPriority("STANDARD")
                        .setLanguage("en").setIdempotencyKey("good-" + i).build());
                issued++;
            }
            return issued;
        });
        List<Consumer<Void>> badCalls = List.of(
                v -> queue(kiosk).issue(IssueTicketRequest.newBuilder().setServicePrefix("A").setPriority("STANDARD")
                        .setLanguage("italianoo").setIdempotencyKey("bad-language").build()),
                v -> queue(badDesk).pause(CounterRequest.newBuilder().setSession(bad).setCounter(2)
                        .setReason("x".repeat(300)).build()),
                v -> queue(kiosk).issue(IssueTicketRequest.newBuilder().setServicePrefix("A").setPriority("URGENTISSIMO")
                        .setIdempotencyKey("bad-priority").build()),
                v -> queue(badDesk).finish(CounterRequest.newBuilder().setSession(bad).setCounter(2)
                        .setOutcome("FORSE").build()));
        List<String> refusals = new ArrayList<>();
        for (int round = 0; round < 10; round++) {
            for (Consumer<Void> call : badCalls) {
                try {
                    call.accept(null);
                    refusals.add("accepted");
                } catch (StatusRuntimeException e) {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    refusals.add(OfficeApiFixture.problem(e));
                }
            }
        }
        assertThat(refusals).hasSize(40).containsOnly("INVALID_REQUEST");
        assertThat(good.get(30, TimeUnit.SECONDS)).isEqualTo(60);
        assertThat(office.connection().queue().waiting()).hasSize(60);
        // The bad desk's own good work still goes through.
        assertThat(queue(badDesk).callNext(CounterRequest.newBuilder().setSession(bad).setCounter(2).build())
                .hasTicket()).isTrue();
    }

    @Test
    void theRefusalSaysWhichFieldIsWrong() {
        try {
            queue(office.as(StationRole.KIOSK)).issue(IssueTicketRequest.newBuilder().setServicePrefix("A")
                    .setPriority("STANDARD").setLanguage("italianoo").setIdempotencyKey("k").build());
        } catch (StatusRuntimeException e) {
            assertThat(e.getStatus().getDescription()).contains("language");
            return;
        }
        throw new AssertionError("a 9-letter language was accepted");
    }

    static QueueGrpc.QueueBlockingStub queue(Channel ch) {
        return QueueGrpc.newBlockingStub(ch).withDeadlineAfter(10, TimeUnit.SECONDS);
    }
}
