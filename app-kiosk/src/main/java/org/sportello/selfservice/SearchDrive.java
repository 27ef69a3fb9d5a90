package org.sportello.selfservice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import org.sportello.model.offers.ContractType;
import org.sportello.model.offers.OfferHit;
import org.sportello.ui.drive.FxSteps;
import org.sportello.ui.drive.ProcessMemory;

/**
 * The terminal's memory while a citizen searches (issue 12's benchmark, {@code sportello bench offers}): the
 * real terminal, started as {@link SelfServiceMain} starts it, driven through its ViewModel as fingers on its
 * keyboard would drive it: a word typed a key at a time, the results waited for, a chip tapped, now and then a
 * place with a radius, an offer's page opened and closed. Its resident memory is read after every answer.
 * One line goes to the report file and the terminal ends.
 *
 * <pre>SearchDrive --queries FILE --report FILE --office HOST:PORT --enrol CODE --identity DIR</pre>
 *
 * The queries file holds one search a line, {@code what<TAB>where<TAB>km}, so the benchmark that serves the
 * catalogue also chooses what is searched in it.
 */
public final class SearchDrive {
    /** One search of the queries file: words, and a municipality with a radius or "" and 0. */
    record Query(String what, String where, int km) {
        static Query parse(String line) {
            String[] f = line.split("\t", -1);
            return new Query(f[0], f.length > 1 ? f[1] : "", f.length > 2 && !f[2].isBlank() ? Integer.parseInt(f[2]) : 0);
        }
    }

    /** What the drive saw: how many searches were answered, the largest page shown, and the memory. */
    record Report(int searches, int answered, int mostHits, int offerPages, long rssFirstKb, long rssLastKb,
                  long rssMaxKb, long rssPeakKb, long heapLiveMb, long heapMaxMb, long millis) {
        String line() {
            return String.format(Locale.ROOT, "searches=%d answered=%d most-hits=%d offer-pages=%d rss-first-kb=%d"
                            + " rss-last-kb=%d rss-max-kb=%d rss-peak-kb=%d heap-live-mb=%d heap-max-mb=%d ms=%d",
                    searches, answered, mostHits, offerPages, rssFirstKb, rssLastKb, rssMaxKb, rssPeakKb, heapLiveMb,
                    heapMaxMb, millis);
        }
    }

    /** Longest wait for one step on a loaded machine before the drive gives up. */
    private static final int WAIT_SECONDS = 30;
    private static final ContractType[] CONTRACTS = ContractType.values();

    private final TerminalViewModel terminal;
    private final FxSteps fx;
    private final ProcessMemory memory;

    SearchDrive(TerminalViewModel terminal, Executor fx, ProcessMemory memory) {
        this.terminal = terminal;
        this.fx = new FxSteps(fx, WAIT_SECONDS);
        this.memory = memory;
    }

    public static void main(String[] args) {
        List<String> rest = new ArrayList<>();
        Path queries = null;
        Path report = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--queries" -> queries = Path.of(args[++i]);
                case "--report" -> report = Path.of(args[++i]);
                default -> rest.add(args[i]);
            }
        }
        if (queries == null || report == null) {
            System.err.println("usage: --queries FILE --report FILE " + SelfServiceMain.USAGE.substring("usage: ".length()));
            System.exit(SelfServiceMain.USAGE_ERROR);
        }
        List<Query> searches = read(queries);
        Path out = report;
        int status = SelfServiceMain.run(rest, System.getenv(), Path.of(System.getProperty("user.home")),
                Clock.systemUTC(), System.err, (options, link) -> SelfServiceMain.launch(options, link,
                        vm -> Thread.ofPlatform().daemon().name("search-drive").start(() -> {
                            int code = 0;
                            try {
                                Report r = new SearchDrive(vm, Platform::runLater, ProcessMemory.ofThisProcess()).drive(searches, 12);
                                Files.writeString(out, r.line() + "\n", StandardCharsets.UTF_8);
                            } catch (Exception e) {
                                System.err.println("the drive failed: " + e);
                                code = 1;
                            }
                            int exit = code;
                            Platform.runLater(Platform::exit);
                            if (exit != 0) {
                                System.exit(exit);
                            }
                        })));
        System.exit(status);
    }

    private static List<Query> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isEmpty())
                    .map(Query::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the searches one after the other; call it off the toolkit's thread. */
    Report drive(List<Query> searches, long seed) throws Exception {
        long start = System.nanoTime();
        await("the search screen", () -> terminal.screenProperty().get() == TerminalViewModel.Screen.SEARCH);
        await("the first results", () -> !terminal.search().searchingProperty().get());
        long first = memory.residentKb().getAsLong();
        long max = first;
        long last = first;
        int answered = 0;
        int mostHits = 0;
        int pages = 0;
        Random random = new Random(seed);
        for (int i = 0; i < searches.size(); i++) {
            Query q = searches.get(i);
            SearchViewModel search = terminal.search();
            on(() -> {
                search.clearChips();
                search.focus(SearchViewModel.Field.WHERE);
                search.clearField();
                search.focus(SearchViewModel.Field.WHAT);
                search.clearField();
            });
            // A key at a time, as the on-screen keyboard sends them; the pause before the results is the
            // terminal's own, so a word typed in one go is searched once, as a citizen's would be.
            for (int k = 0; k < q.what().length(); k++) {
                String key = q.what().substring(k, k + 1);
                on(() -> search.type(key));
            }
            if (!q.where().isEmpty()) {
                on(() -> search.focus(SearchViewModel.Field.WHERE));
                for (int k = 0; k < q.where().length(); k++) {
                    String key = q.where().substring(k, k + 1);
                    on(() -> search.type(key));
                }
                on(() -> search.toggleKm(q.km()));
            }
            answered += answer(search);
            ContractType chip = CONTRACTS[random.nextInt(CONTRACTS.length)];
            on(() -> search.toggleContract(chip));
            answered += answer(search);
            int shown = call(() -> search.hits().size());
            mostHits = Math.max(mostHits, shown);
            if (i % 5 == 4) {
                on(search::clearChips);
                answer(search);
                List<OfferHit> hits = call(() -> List.copyOf(search.hits()));
                if (!hits.isEmpty()) {
                    on(() -> terminal.openOffer(hits.getFirst().id()));
                    await("an offer's page", () -> terminal.page().offerProperty().get() != null
                            && terminal.screenProperty().get() == TerminalViewModel.Screen.OFFER);
                    pages++;
                    on(terminal::showSearch);
                }
            }
            last = memory.residentKb().getAsLong();
            max = Math.max(max, last);
        }
        long live = ProcessMemory.liveHeapMb();
        return new Report(searches.size(), answered, mostHits, pages, first, last, max, memory.peakKb().getAsLong(),
                live, ProcessMemory.maxHeapMb(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Asks for the search as it stands and waits for its answer; 1 when results came (not an outage). */
    private int answer(SearchViewModel search) throws Exception {
        Object before = call(() -> search.resultsProperty().get());
        on(search::searchNow);
        await("an answer", () -> !search.searchingProperty().get());
        return call(() -> search.resultsProperty().get() != before
                && terminal.screenProperty().get() == TerminalViewModel.Screen.SEARCH) ? 1 : 0;
    }

    private void on(Runnable r) throws Exception {
        fx.on(r);
    }

    private <T> T call(Callable<T> c) throws Exception {
        return fx.call(c);
    }

    private void await(String what, Callable<Boolean> condition) throws Exception {
        fx.await(what, condition);
    }
}
