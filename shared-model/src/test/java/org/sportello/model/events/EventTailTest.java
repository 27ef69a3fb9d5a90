package org.sportello.model.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventTailTest {
    /** A log where rows become visible in any order, as with concurrent transactions. */
    static final class FakeFeed implements EventFeed {
        final List<OfficeEvent> visible = new ArrayList<>();

        void commit(long seq) {
            visible.add(new OfficeEvent(seq, UUID.randomUUID(), Instant.EPOCH, EventType.TICKET_CALLED, null,
                    "A" + seq, null, null, 1, null, null));
            visible.sort(Comparator.comparingLong(OfficeEvent::seq));
        }

        @Override
        public List<OfficeEvent> after(long afterSeq, int limit) {
            return visible.stream().filter(e -> e.seq() > afterSeq).limit(limit).toList();
        }

        @Override
        public long latestSeq() {
            return visible.stream().mapToLong(OfficeEvent::seq).max().orElse(0);
        }
    }

    @Test
    void aLateCommitIsNotSkippedNorRepeated() {
        FakeFeed feed = new FakeFeed();
        feed.commit(1);
        EventTail tail = EventTail.fromNow(feed);
        feed.commit(3);
        assertThat(tail.poll()).extracting(OfficeEvent::seq).containsExactly(3L);
        feed.commit(2); // took its id before 3, committed after
        assertThat(tail.poll()).extracting(OfficeEvent::seq).containsExactly(2L);
        assertThat(tail.poll()).isEmpty();
    }

    @Test
    void fromStartReplaysEverything() {
        FakeFeed feed = new FakeFeed();
        feed.commit(1);
        feed.commit(2);
        assertThat(EventTail.fromStart(feed).poll()).hasSize(2);
        assertThat(EventTail.fromNow(feed).poll()).isEmpty();
    }
}
