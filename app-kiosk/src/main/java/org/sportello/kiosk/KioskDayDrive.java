package org.sportello.kiosk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import javafx.application.Platform;
import org.sportello.kiosk.language.KioskLanguage;
import org.sportello.model.queue.PriorityClass;
import org.sportello.ui.drive.FxSteps;
import org.sportello.ui.drive.ProcessMemory;

/**
 * A busy office day at the kiosk, for its memory (ADR 44, {@code sportello bench stations}): the real kiosk,
 * started as {@link KioskMain} starts it, its refresh and printer checks running on their own timers as in an
 * office, tapped through its ViewModel as citizens would tap it: a service tile each time across the services,
 * now and then a priority first, another language, larger text or high contrast; each ticket printed on the
 * station's printer (the virtual one where the devices file names none), its number dismissed. Resident memory is
 * read at the first screen and after every ticket. One line goes to the report file and the kiosk ends.
 *
 * <pre>KioskDayDrive --taps N --report FILE [--pause-ms MS] --office HOST:PORT --identity DIR</pre>
 */
public final class KioskDayDrive {
    /** What the drive saw: taps, tickets and what was chosen with them, the kiosk's own refreshes, the memory. */
    record Report(int taps, int tickets, int priority, int languages, int modes, int refreshes, long rssFirstKb,
                  long rssLastKb, long rssMaxKb, long rssPeakKb, long heapLiveFirstMb, long heapLiveHalfMb, long heapLiveMb, long heapMaxMb, long millis) {
        String line() {
            return String.format(Locale.ROOT, "taps=%d tickets=%d priority=%d languages=%d modes=%d refreshes=%d"
                            + " rss-first-kb=%d rss-last-kb=%d rss-max-kb=%d rss-peak-kb=%d heap-live-first-mb=%d heap-live-half-mb=%d heap-live-mb=%d"
                            + " heap-max-mb=%d ms=%d", taps, tickets, priority, languages, modes, refreshes,
                    rssFirstKb, rssLastKb, rssMaxKb, rssPeakKb, heapLiveFirstMb, heapLiveHalfMb, heapLiveMb, heapMaxMb, millis);
        }
    }

    /** Longest wait for one step on a loaded machine before the drive gives up. */
    private static final int WAIT_SECONDS = 30;
    private static final PriorityClass[] PRIORITIES = {PriorityClass.DISABILITY, PriorityClass.PREGNANCY,
        PriorityClass.ELDERLY};

    private final KioskViewModel kiosk;
    private final FxSteps fx;
    private final ProcessMemory memory;

    KioskDayDrive(KioskViewModel kiosk, Executor fx, ProcessMemory memory) {
        this.kiosk = kiosk;
        this.fx = new FxSteps(fx, WAIT_SECONDS);
        this.memory = memory;
    }

    public static void main(String[] args) {
        List<String> rest = new ArrayList<>();
        int taps = -1;
        long pause = 100;
        Path report = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--taps" -> taps = Integer.parseInt(args[++i]);
                case "--pause-ms" -> pause = Long.parseLong(args[++i]);
                case "--report" -> report = Path.of(args[++i]);
                default -> rest.add(args[i]);
            }
        }
        if (taps < 1 || report == null) {
            System.err.println("usage: --taps N --report FILE [--pause-ms MS] " + KioskMain.USAGE.substring("usage: ".length()));
            System.exit(KioskMain.USAGE_ERROR);
        }
        int n = taps;
        long p = pause;
        Path out = report;
        int status = KioskMain.run(rest, System.getenv(), Path.of(System.getProperty("user.home")), Clock.systemUTC(),
                System.err, (options, link) -> KioskMain.launch(options, link, vm -> inBackground(out,
                        () -> new KioskDayDrive(vm, Platform::runLater, ProcessMemory.ofThisProcess()).drive(n, p, 15).line()),
                        display -> { }));
        System.exit(status);
    }

    /** What a drive does on its own thread once the screen is up: its report to the file, then the toolkit ends. */
    interface Run {
        String report() throws Exception;
    }

    static void inBackground(Path out, Run drive) {
        Thread.ofPlatform().daemon().name("day-drive").start(() -> {
            int code = 0;
            try {
                Files.writeString(out, drive.report() + "\n", StandardCharsets.UTF_8);
            } catch (Exception e) {
                System.err.println("the drive failed: " + e);
                e.printStackTrace();
                code = 1;
            }
            int exit = code;
            Platform.runLater(Platform::exit);
            if (exit != 0) {
                System.exit(exit);
            }
        });
    }

    /** Taps {@code taps} tickets one citizen after the other, {@code pauseMillis} apart; call it off the UI thread. */
    Report drive(int taps, long pauseMillis, long seed) throws Exception {
        long start = System.nanoTime();
        fx.await("the home screen with the office's services", () -> kiosk.screenProperty().get() == KioskViewModel.Screen.HOME
                && (!kiosk.personTiles().isEmpty() || !kiosk.companyTiles().isEmpty()));
        List<String> services = fx.call(() -> Stream.concat(kiosk.personTiles().stream(), kiosk.companyTiles().stream())
                .filter(ServiceTile::open).map(ServiceTile::prefix).toList());
        if (services.isEmpty()) {
            throw new IllegalStateException("no service open at the kiosk");
        }
        int refreshesBefore = fx.call(kiosk::refreshes);
        // The live set at the first screen, against the one at the end: growth between them is a leak.
        long liveFirst = ProcessMemory.liveHeapMb();
        long liveHalf = -1;
        long first = memory.residentKb().getAsLong();
        long max = first;
        long last = first;
        int tickets = 0;
        int priority = 0;
        int languages = 0;
        int modes = 0;
        Random random = new Random(seed);
        KioskLanguage[] others = Stream.of(KioskLanguage.values()).filter(l -> l != KioskLanguage.first())
                .toArray(KioskLanguage[]::new);
        for (int i = 0; i < taps; i++) {
            fx.await("the home screen", () -> kiosk.screenProperty().get() == KioskViewModel.Screen.HOME
                    && !kiosk.busyProperty().get());
            if (i % 37 == 5) {
                KioskLanguage l = others[random.nextInt(others.length)];
                fx.on(() -> kiosk.setLanguage(l));
                languages++;
            }
            if (i % 29 == 3) {
                fx.on(kiosk::toggleLargeText);
                modes++;
            }
            if (i % 43 == 11) {
                fx.on(kiosk::toggleHighContrast);
                modes++;
            }
            if (i % 9 == 4) {
                PriorityClass why = PRIORITIES[random.nextInt(PRIORITIES.length)];
                fx.on(kiosk::askPriority);
                fx.await("the priority screen", () -> kiosk.screenProperty().get() == KioskViewModel.Screen.PRIORITY);
                fx.on(() -> kiosk.choosePriority(why));
                priority++;
            }
            String service = services.get(i % services.size());
            fx.on(() -> kiosk.choose(service));
            fx.await("a printed ticket", () -> kiosk.screenProperty().get() == KioskViewModel.Screen.CONFIRMATION
                    && kiosk.confirmation().printStateProperty().get() != ConfirmationViewModel.PrintState.PRINTING
                    || kiosk.screenProperty().get() == KioskViewModel.Screen.HOME && !kiosk.busyProperty().get()
                    && !kiosk.noticeProperty().get().isEmpty());
            if (fx.call(() -> kiosk.screenProperty().get() == KioskViewModel.Screen.CONFIRMATION)) {
                tickets++;
                fx.on(kiosk::dismissConfirmation);
            }
            last = memory.residentKb().getAsLong();
            max = Math.max(max, last);
            if (i == taps / 2) {
                // Halfway: a live set still growing between here and the end is a leak, not the start's warming up.
                liveHalf = ProcessMemory.liveHeapMb();
            }
            if (pauseMillis > 0) {
                Thread.sleep(pauseMillis);
            }
        }
        int refreshes = fx.call(kiosk::refreshes) - refreshesBefore;
        long live = ProcessMemory.liveHeapMb();
        return new Report(taps, tickets, priority, languages, modes, refreshes, first, last, max,
                memory.peakKb().getAsLong(), liveFirst, liveHalf, live, ProcessMemory.maxHeapMb(), (System.nanoTime() - start) / 1_000_000);
    }
}
