package org.sportello.kiosk;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.sportello.display.HallDisplayViewModel;
import org.sportello.ui.drive.FxSteps;
import org.sportello.ui.drive.ProcessMemory;

/**
 * A busy office day on the hall display, for its memory (ADR 44, {@code sportello bench stations}): the real
 * display, started as {@link HallDisplayMain} starts it, following the office's event stream while the benchmark
 * calls and finishes tickets at its counters; its clock and waiting counts refresh on their own timers as in an
 * office. Once the board is up the drive writes the ready file (the benchmark's cue to start calling), then counts
 * the calls that reach the board and reads the resident memory every {@value #SAMPLE_MILLIS} ms until it has seen
 * {@code --calls}. One line goes to the report file and the display ends.
 *
 * <pre>HallDayDrive --calls N --report FILE --ready FILE --office HOST:PORT --identity DIR</pre>
 */
public final class HallDayDrive {
    /** What the drive saw: calls on the board, the waiting counts read, the memory. */
    record Report(int calls, int seen, int overviewReads, long rssFirstKb, long rssLastKb, long rssMaxKb,
                  long rssPeakKb, long heapLiveFirstMb, long heapLiveHalfMb, long heapLiveMb, long heapMaxMb, long millis) {
        String line() {
            return String.format(Locale.ROOT, "calls=%d seen=%d overview-reads=%d rss-first-kb=%d rss-last-kb=%d"
                            + " rss-max-kb=%d rss-peak-kb=%d heap-live-first-mb=%d heap-live-half-mb=%d heap-live-mb=%d heap-max-mb=%d ms=%d", calls, seen,
                    overviewReads, rssFirstKb, rssLastKb, rssMaxKb, rssPeakKb, heapLiveFirstMb, heapLiveHalfMb, heapLiveMb, heapMaxMb, millis);
        }
    }

    static final long SAMPLE_MILLIS = 200;
    private static final int WAIT_SECONDS = 30;
    /** No new call for this long: the benchmark has stopped calling, or the stream is lost. */
    private static final long QUIET_SECONDS = 90;

    private final HallDisplayViewModel board;
    private final FxSteps fx;
    private final ProcessMemory memory;

    HallDayDrive(HallDisplayViewModel board, Executor fx, ProcessMemory memory) {
        this.board = board;
        this.fx = new FxSteps(fx, WAIT_SECONDS);
        this.memory = memory;
    }

    public static void main(String[] args) {
        List<String> rest = new ArrayList<>();
        int calls = -1;
        Path report = null;
        Path ready = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--calls" -> calls = Integer.parseInt(args[++i]);
                case "--report" -> report = Path.of(args[++i]);
                case "--ready" -> ready = Path.of(args[++i]);
                default -> rest.add(args[i]);
            }
        }
        if (calls < 1 || report == null || ready == null) {
            System.err.println("usage: --calls N --report FILE --ready FILE " + KioskMain.USAGE.substring("usage: ".length()));
            System.exit(KioskMain.USAGE_ERROR);
        }
        int n = calls;
        Path out = report;
        Path cue = ready;
        int status = KioskMain.run(HallDisplayMain.arguments(rest), System.getenv(),
                Path.of(System.getProperty("user.home")), Clock.systemUTC(), System.err,
                (options, link) -> KioskMain.launch(options, link, kiosk -> { }, display -> KioskDayDrive.inBackground(
                        out, () -> new HallDayDrive(display, Platform::runLater, ProcessMemory.ofThisProcess())
                                .drive(n, () -> Files.writeString(cue, "ready\n", StandardCharsets.UTF_8)).line())));
        System.exit(status);
    }

    /** What tells the caller that the board is up and calls may begin. */
    interface Cue {
        void ready() throws Exception;
    }

    /** Follows the board until {@code calls} calls have reached it; call it off the UI thread. */
    Report drive(int calls, Cue ready) throws Exception {
        long start = System.nanoTime();
        fx.await("the office's board", () -> board.connectedProperty().get());
        AtomicInteger seen = new AtomicInteger();
        fx.on(() -> board.boardProperty().addListener((o, before, after) ->
                seen.addAndGet(after.newCallsSince(before).size())));
        int readsBefore = board.overviewReads();
        // The live set at the first screen, against the one at the end: growth between them is a leak.
        long liveFirst = ProcessMemory.liveHeapMb();
        long liveHalf = -1;
        long first = memory.residentKb().getAsLong();
        long max = first;
        long last = first;
        ready.ready();
        int lastSeen = 0;
        long quietSince = System.nanoTime();
        while (seen.get() < calls) {
            Thread.sleep(SAMPLE_MILLIS);
            last = memory.residentKb().getAsLong();
            max = Math.max(max, last);
            if (liveHalf < 0 && seen.get() >= calls / 2) {
                // Halfway: a live set still growing between here and the end is a leak, not the start's warming up.
                liveHalf = ProcessMemory.liveHeapMb();
            }
            if (seen.get() != lastSeen) {
                lastSeen = seen.get();
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > TimeUnit.SECONDS.toNanos(QUIET_SECONDS)) {
                throw new TimeoutException("no call for " + QUIET_SECONDS + " s after " + lastSeen + " of " + calls);
            }
        }
        // The last calls' flashes and redraws settle before the final reading.
        fx.call(() -> null);
        int reads = board.overviewReads() - readsBefore;
        long live = ProcessMemory.liveHeapMb();
        return new Report(calls, seen.get(), reads, first, last, max, memory.peakKb().getAsLong(), liveFirst, liveHalf, live,
                ProcessMemory.maxHeapMb(), (System.nanoTime() - start) / 1_000_000);
    }
}
