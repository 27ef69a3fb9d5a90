package org.sportello.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.Ticket;
import org.sportello.server.testing.TestOffice;

/** The served queue's turns: a bad call hurts only its sender, at validation and at write time. */
class ServedQueueTest {
    @TempDir
    Path dir;
    TestOffice office;
    ServedQueue queue;
    OperatorSession maria;

    @BeforeEach
    void setUp() {
        office = TestOffice.embedded(dir);
        queue = (ServedQueue) office.connection().queue();
        maria = office.login("mrossi");
    }

    @AfterEach
    void tearDown() {
        office.close();
    }

    @Test
    void aCallWhoseRowTheDatabaseRefusesFailsAloneAndTheRestOfItsTurnIsCommitted() throws Exception {
        var db = office.connection().database();
        // A rule only the database knows: the queue accepts "xx" as a language, the table does not.
        db.dsl().execute("ALTER TABLE ticket ADD CONSTRAINT test_no_xx CHECK (language <> 'xx')");
        List<CompletableFuture<Object>> answers = new ArrayList<>();
        try (Connection blocker = db.dataSource().getConnection()) {
            // Holds counter 1's row, so the turn that opens it waits while the next calls gather.
            blocker.setAutoCommit(false);
            try (Statement s = blocker.createStatement()) {
                s.executeUpdate("UPDATE counter SET name = name WHERE number = 1");
            }
            answers.add(async(() -> {
                queue.openCounter(maria, 1);
                return "opened";
            }));
            Thread.sleep(500);
            answers.add(async(() -> queue.issue(tap("first", "it")).ticket().code()));
            answers.add(async(() -> queue.issue(tap("bad", "xx")).ticket().code()));
            answers.add(async(() -> queue.issue(tap("third", "en")).ticket().code()));
            answers.add(async(() -> queue.issue(new IssueRequest("Z", PriorityClass.STANDARD, "it", "no-such")).ticket()
                    .code()));
            answers.add(async(() -> queue.callNext(maria, 1).map(Ticket::code).orElse("none")));
            Thread.sleep(500);
            blocker.rollback();
        }
        assertThat(answers.get(0).get(30, TimeUnit.SECONDS)).isEqualTo("opened");
        assertThat(answers.get(1).get(30, TimeUnit.SECONDS)).isEqualTo("A001");
        assertThat(answers.get(2)).failsWithin(30, TimeUnit.SECONDS).withThrowableThat()
                .havingRootCause().withMessageContaining("test_no_xx");
        assertThat(answers.get(3).get(30, TimeUnit.SECONDS)).isEqualTo("A002");
        assertThat(answers.get(4)).failsWithin(30, TimeUnit.SECONDS).withThrowableThat()
                .withCauseInstanceOf(SportelloException.class).withMessageContaining("Z");
        assertThat(answers.get(5).get(30, TimeUnit.SECONDS)).isEqualTo("A001");
        assertThat(queue.turnsRunAgain()).as("one turn failed to write and ran again call by call").isEqualTo(1);

        assertThat(queue.waiting()).extracting(Ticket::code).containsExactly("A002");
        assertThat(queue.current(1)).map(Ticket::code).contains("A001");
        assertThat(db.dsl().fetchValue("SELECT COUNT(*) FROM ticket")).isEqualTo(2L);
        assertThat(db.dsl().fetchValue("SELECT last_number FROM ticket_sequence")).isEqualTo(2);
        // And the queue goes on with the next turn.
        assertThat(queue.issue(tap("fourth", "it")).ticket().code()).isEqualTo("A003");
    }

    @Test
    void malformedCallsAreRefusedBeforeTheyReachATurn() {
        queue.openCounter(maria, 1);
        assertInvalid(() -> queue.issue(tap("long-language", "italiano")));
        assertInvalid(() -> queue.pause(maria, 1, "r".repeat(300)));
        assertInvalid(() -> queue.callSpecific(maria, 1, "A".repeat(17), "urgent"));
        assertInvalid(() -> queue.cancel(maria, "A001", "r".repeat(201)));
        assertInvalid(() -> queue.findToday("A".repeat(40)));
        assertInvalid(() -> queue.finish(maria, 1, null));
        assertInvalid(() -> queue.callNext(null, 1));
        assertThat(queue.issue(tap("fine", "en")).ticket().code()).isEqualTo("A001");
        queue.pause(maria, 1, "r".repeat(200));
        assertThat(queue.overview().counters().getFirst().pauseReason()).hasSize(200);
        assertThat(queue.turnsRunAgain()).isZero();
    }

    private static void assertInvalid(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(SportelloException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.INVALID_REQUEST));
    }

    private static IssueRequest tap(String key, String language) {
        return new IssueRequest("A", PriorityClass.STANDARD, language, key);
    }

    private static CompletableFuture<Object> async(Supplier<Object> call) throws InterruptedException {
        CompletableFuture<Object> answer = CompletableFuture.supplyAsync(call);
        Thread.sleep(100); // one after the other, so the turn sees them in this order
        return answer;
    }
}
