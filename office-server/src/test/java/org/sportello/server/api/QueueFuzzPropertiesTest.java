package org.sportello.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Channel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.v1.CounterRequest;
import org.sportello.protocol.v1.IssueTicketRequest;
import org.sportello.protocol.v1.QueueGrpc;
import org.sportello.protocol.v1.SessionRef;
import org.sportello.protocol.v1.TicketQuery;

/**
 * Garbage in every field of every queue call, from a desk with a live session: the server answers
 * each with a refusal or a result, never a crash (INTERNAL/UNKNOWN), and the queue keeps working.
 */
class QueueFuzzPropertiesTest {
    private static Path dir;
    private static OfficeApiFixture office;
    private static Channel desk;
    private static Channel kiosk;
    private static SessionRef session;
    private static final AtomicInteger taps = new AtomicInteger();

    @BeforeContainer
    static void office() throws IOException {
        dir = Files.createTempDirectory("queue-fuzz");
        office = OfficeApiFixture.start(dir);
        desk = office.as(StationRole.DESK);
        kiosk = office.as(StationRole.KIOSK);
        // An operator, not a supervisor: closing the day stays refused, so the office stays open.
        session = SessionRef.newBuilder().setToken(office.login(StationRole.DESK, "mrossi")).build();
    }

    @AfterContainer
    static void close() throws IOException {
        office.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 300)
    void noGarbageCrashesTheServerOrStopsTheQueue(@ForAll("rpcs") String rpc, @ForAll("text") String a,
                                                  @ForAll("text") String b, @ForAll("text") String c,
                                                  @ForAll("text") String d, @ForAll("numbers") int n1,
                                                  @ForAll("numbers") int n2, @ForAll boolean withSession) {
        SessionRef ref = withSession ? session : SessionRef.newBuilder().setToken(a).build();
        CounterRequest counter = CounterRequest.newBuilder().setSession(ref).setCounter(n1).setReason(a).setCode(b)
                .setOutcome(c).setServicePrefix(d).setTargetCounter(n2).build();
        TicketQuery query = TicketQuery.newBuilder().setSession(ref).setCounter(n1).setCode(b).build();
        IssueTicketRequest issue = IssueTicketRequest.newBuilder().setServicePrefix(d).setPriority(c).setLanguage(a)
                .setIdempotencyKey(b).setCitizenTaxCode(a).build();
        BiConsumer<QueueGrpc.QueueBlockingStub, Void> call = switch (rpc) {
            case "Issue" -> (q, v) -> q.issue(issue);
            case "OpenCounter" -> (q, v) -> q.openCounter(counter);
            case "CloseCounter" -> (q, v) -> q.closeCounter(counter);
            case "Pause" -> (q, v) -> q.pause(counter);
            case "Resume" -> (q, v) -> q.resume(counter);
            case "CallNext" -> (q, v) -> q.callNext(counter);
            case "CallSpecific" -> (q, v) -> q.callSpecific(counter);
            case "Recall" -> (q, v) -> q.recall(counter);
            case "NoShow" -> (q, v) -> q.noShow(counter);
            case "Finish" -> (q, v) -> q.finish(counter);
            case "TransferToService" -> (q, v) -> q.transferToService(counter);
            case "TransferToCounter" -> (q, v) -> q.transferToCounter(counter);
            case "Cancel" -> (q, v) -> q.cancel(counter);
            case "CloseDay" -> (q, v) -> q.closeDay(ref);
            case "Current" -> (q, v) -> q.current(query);
            case "FindToday" -> (q, v) -> q.findToday(query);
            case "Waiting" -> (q, v) -> q.waiting(query);
            case "Overview" -> (q, v) -> q.overview(query);
            case "CheckIn" -> (q, v) -> q.checkIn(org.sportello.protocol.v1.CheckInRequest.newBuilder().setCode(b)
                    .setCitizenTaxCode(a).setLanguage(c).setIdempotencyKey(d).build());
            default -> throw new IllegalStateException(rpc);
        };
        try {
            // Check-in is the kiosk's call: garbage from a kiosk reaches its checks, not only the role's refusal.
            call.accept(BadRequestTest.queue(rpc.equals("CheckIn") ? kiosk : desk), null);
        } catch (StatusRuntimeException e) {
            assertThat(e.getStatus().getCode()).as(rpc + ": " + e.getStatus())
                    .isNotIn(Status.Code.INTERNAL, Status.Code.UNKNOWN, Status.Code.DATA_LOSS);
        }
        // Still working, for somebody else.
        var issued = BadRequestTest.queue(kiosk).issue(IssueTicketRequest.newBuilder().setServicePrefix("A")
                .setPriority("STANDARD").setIdempotencyKey("after-" + taps.incrementAndGet()).build());
        assertThat(issued.getTicket().getCode()).startsWith("A");
    }

    @Provide
    Arbitrary<String> rpcs() {
        return Arbitraries.of(QueueGrpc.getServiceDescriptor().getMethods().stream()
                .map(m -> m.getBareMethodName()).toList());
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(400).filter(QueueFuzzPropertiesTest::encodable),
                Arbitraries.of("", "A", "B", "C", "it", "en", "A001", "A002", "RESOLVED", "STANDARD", "ELDERLY",
                        "RSSMRA85T10A562S", "'; DROP TABLE ticket; --", "\u0000", "ÀÈÌ", "🎫"));
    }

    @Provide
    Arbitrary<Integer> numbers() {
        return Arbitraries.oneOf(Arbitraries.integers(), Arbitraries.integers().between(-2, 5),
                Arbitraries.of(0, 9999, 10000, Integer.MIN_VALUE, Integer.MAX_VALUE));
    }

    /** Protobuf strings are UTF-8; a lone surrogate cannot even leave the client. */
    private static boolean encodable(String s) {
        return java.nio.charset.StandardCharsets.UTF_8.newEncoder().canEncode(s);
    }
}
