package org.sportello.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DispatchTest {

    @Test
    void backgroundWorkRunsOffTheCallingThreadAndResultsArePosted() throws Exception {
        List<Runnable> posted = new ArrayList<>();
        try (Dispatch d = Dispatch.threads("test", posted::add)) {
            CountDownLatch ran = new CountDownLatch(1);
            Thread caller = Thread.currentThread();
            AtomicInteger onOtherThread = new AtomicInteger();
            d.background().execute(() -> {
                if (Thread.currentThread() != caller) {
                    onOtherThread.incrementAndGet();
                }
                ran.countDown();
            });
            assertThat(ran.await(2, TimeUnit.SECONDS)).isTrue();
            assertThat(onOtherThread).hasValue(1);

            CountDownLatch fired = new CountDownLatch(1);
            d.timers().after(Duration.ofMillis(20), fired::countDown);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            while (posted.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(posted).hasSize(1);
            posted.getFirst().run();
            assertThat(fired.getCount()).isZero();
        }
    }

    @Test
    void afterCloseNothingMoreRuns() {
        List<Runnable> posted = new ArrayList<>();
        Dispatch d = Dispatch.threads("test", posted::add);
        AtomicInteger runs = new AtomicInteger();
        d.ui().execute(runs::incrementAndGet);
        d.close();
        posted.forEach(Runnable::run);
        d.background().execute(runs::incrementAndGet);
        assertThat(runs).hasValue(0);
    }
}
