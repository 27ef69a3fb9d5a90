package org.sportello.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.display.Events.call;
import static org.sportello.display.Events.event;
import static org.sportello.display.Events.recall;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sportello.model.events.EventType;
import org.sportello.model.events.OfficeEvent;

class CallBoardTest {
    static final Instant T = Instant.parse("2026-11-24T09:00:00Z");

    @Test
    void theNewestCallIsOnTopAndEachTicketAppearsOnce() {
        CallBoard board = CallBoard.empty(7).withAll(List.of(
                call(1, "A001", 1, T),
                event(2, EventType.TICKET_ISSUED, "A002", null, T),
                call(3, "B001", 2, T),
                recall(4, "A001", 1, T)));
        assertThat(board.latest()).get().extracting(CallBoard.Call::code, CallBoard.Call::counter, CallBoard.Call::recall)
                .containsExactly("A001", 1, true);
        assertThat(board.earlier()).extracting(CallBoard.Call::code).containsExactly("B001");
    }

    @Test
    void aTransferredTicketShowsItsNewCounter() {
        CallBoard board = CallBoard.empty(7).withAll(List.of(call(1, "B004", 1, T), call(5, "B004", 3, T)));
        assertThat(board.calls()).hasSize(1);
        assertThat(board.latest().orElseThrow().counter()).isEqualTo(3);
    }

    @Test
    void displaysThatSawTheSameEventsInAnyOrderAgree() {
        List<OfficeEvent> log = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            String code = "A" + String.format("%03d", i % 11 + 1);
            log.add(i % 4 == 0 ? recall(i, code, i % 3 + 1, T) : call(i, code, i % 3 + 1, T));
        }
        log.add(event(31, EventType.TICKET_FINISHED, "A002", 1, T));
        CallBoard inOrder = CallBoard.empty(7).withAll(log);
        Random random = new Random(42);
        for (int round = 0; round < 20; round++) {
            List<OfficeEvent> shuffled = new ArrayList<>(log);
            Collections.shuffle(shuffled, random);
            assertThat(CallBoard.empty(7).withAll(shuffled)).isEqualTo(inOrder);
        }
        assertThat(inOrder.calls()).hasSize(7);
        assertThat(inOrder.latest().orElseThrow().seq()).isEqualTo(30);
    }

    @Test
    void readingAnEventTwiceChangesNothing() {
        CallBoard once = CallBoard.empty(7).withAll(List.of(call(1, "A001", 1, T), call(2, "A002", 2, T)));
        assertThat(once.withAll(List.of(call(1, "A001", 1, T), call(2, "A002", 2, T)))).isEqualTo(once);
    }

    @Test
    void closingTheDayClearsTheBoard() {
        CallBoard board = CallBoard.empty(7).withAll(List.of(call(1, "A001", 1, T),
                event(2, EventType.DAY_CLOSED, null, null, T), call(3, "A001", 1, T)));
        assertThat(board.calls()).extracting(CallBoard.Call::seq).containsExactly(3L);
        assertThat(board.with(call(1, "A009", 2, T))).as("a late row from before the close").isEqualTo(board);
    }
}
