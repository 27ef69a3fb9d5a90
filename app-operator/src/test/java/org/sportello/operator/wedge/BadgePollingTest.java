package org.sportello.operator.wedge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.sportello.devices.card.BadgeRead;
import org.sportello.devices.card.BadgeReader;
import org.sportello.devices.card.BadgeSource;
import org.sportello.devices.card.CardReadError;
import org.sportello.devices.config.DevicesConfig;

/** PC/SC badge polling without a reader: scripted reads, a virtual clock. */
class BadgePollingTest {
    final AtomicLong nanos = new AtomicLong();
    final Deque<BadgeRead> script = new ArrayDeque<>();
    final List<String> handed = new ArrayList<>();

    BadgePolling polling() {
        BadgeReader reader = timeout -> {
            nanos.addAndGet(Duration.ofMillis(500).toNanos());
            return script.isEmpty() ? BadgeRead.failed(BadgeSource.PCSC_UID, CardReadError.NO_CARD, "") : script.pop();
        };
        return new BadgePolling(reader, Runnable::run, handed::add, nanos::get);
    }

    @Test
    void aBadgeLeftOnTheReaderLogsInOnceAndAgainOnlyWhenPresentedAgain() {
        BadgePolling p = polling();
        script.add(BadgeRead.of("04A1B2C3", BadgeSource.PCSC_UID));
        script.add(BadgeRead.of("04A1B2C3", BadgeSource.PCSC_UID));
        p.step();
        p.step();
        assertThat(handed).containsExactly("04A1B2C3");

        nanos.addAndGet(BadgePolling.SAME_PRESENTATION.toNanos());
        script.add(BadgeRead.of("04A1B2C3", BadgeSource.PCSC_UID));
        p.step();
        assertThat(handed).containsExactly("04A1B2C3", "04A1B2C3");
    }

    @Test
    void noCardAndAMissingServiceHandNothingOver() {
        BadgePolling p = polling();
        p.step();
        script.add(BadgeRead.failed(BadgeSource.PCSC_UID, CardReadError.PCSC_UNAVAILABLE, "no pcscd"));
        long before = System.nanoTime();
        Thread.currentThread().interrupt(); // the pause after an unavailable reader ends at once
        p.step();
        Thread.interrupted();
        assertThat(System.nanoTime() - before).isLessThan(Duration.ofSeconds(2).toNanos());
        assertThat(handed).isEmpty();
    }

    @Test
    void onlyAPcscCardReaderLineMakesTheDeskWatchForBadges() {
        assertThat(org.sportello.operator.OperatorMainAccess.badgeReader(DevicesConfig.simulators())).isNull();
        assertThat(org.sportello.operator.OperatorMainAccess.badgeReader(
                DevicesConfig.parse("cardreader.driver=pcsc\ncardreader.reader=ACS\n", "devices.properties")))
                .isNotNull();
    }
}
