package org.sportello.server.bench;

import io.grpc.ManagedChannel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sportello.model.auth.PasswordHasher;
import org.sportello.model.offers.JobOffer;
import org.sportello.model.offers.OfferFitter;
import org.sportello.model.offers.Workplace;
import org.sportello.model.profile.Address;
import org.sportello.model.profile.Availability;
import org.sportello.model.profile.CitizenProfile;
import org.sportello.model.profile.Personal;
import org.sportello.model.profile.Professional;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.v1.CardFitRequest;
import org.sportello.protocol.v1.OfferSearchRequest;
import org.sportello.protocol.v1.OffersGrpc;
import org.sportello.server.OfficeApis;
import org.sportello.server.OfficeServer;
import org.sportello.server.offers.DemoCatalogue;
import org.sportello.server.offers.CardFits;
import org.sportello.server.offers.OfficeOffers;
import org.sportello.server.storage.JooqOfficeSetupWriter;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.server.storage.OfficeDatabase;

/**
 * {@code sportello bench offers} (issue 12): a fresh office server on 127.0.0.1 with a temporary data
 * folder and {@code offers} generated offers around Bologna; one self-consultation terminal enrolled as a
 * real one is (TLS, its certificate) searches over the office protocol. Measured: a search from request
 * to results, a filter tap (the same search with one chip more), the whole index rebuilt from the table,
 * and one citizen matched against every open offer by the office's fit engine, in the server and as the
 * terminal's card fit. Never touches a real office.
 */
public final class OffersBenchmark {
    /**
     * @param fitter the office's fit engine, as the server is given it
     * @param terminalSearches searches the real terminal makes as its own process (0: not started)
     * @param terminalJavaOptions the JVM options it starts with
     */
    public record Settings(int offers, int searches, int warmup, OfferFitter fitter, int terminalSearches,
                           List<String> terminalJavaOptions) {
        public Settings {
            java.util.Objects.requireNonNull(fitter, "fitter");
        }
    }

    public record Result(Settings settings, MachineInfo machine, String loadAtStart, String fitterName,
                         Duration importTime, Duration rebuildTime, long indexBytes, int openOffers,
                         LatencySamples.Summary search, LatencySamples.Summary tap, Duration matchFirst,
                         LatencySamples.Summary match, MatchPauses matchPauses, LatencySamples.Summary cardFit,
                         long heapAfterMb, StationProcess.Report terminal) {
    }

    /** Collections of the JVM while the matches ran: how many matches had one, and their time in all. */
    public record MatchPauses(int matchesWithCollection, long collectionMillis, Duration slowestWithout) {
    }

    private static final String CF = "VRDMGR80A41A944";
    /** The terminal's drive in the kiosk module: types the searches it is given, reports its memory. */
    private static final String SEARCH_DRIVE = "org.sportello.selfservice.SearchDrive";
    private static final int MATCH_WARMUP = 20;
    private static final int MATCH_RUNS = 200;
    private static final List<String> WORDS = List.of("magazziniere", "magazz", "cuoco", "cameriera", "barista",
            "operatore socio sanitario", "oss", "infermiera", "autista", "autista patente c", "elettricista",
            "impiegata amministrativa", "contabilità", "commessa", "cassiera", "saldatore tig", "muletto", "haccp",
            "sviluppatore java", "receptionist inglese", "giardiniere", "pulizie uffici", "l'addetta", "educatrice",
            "parrucchiera", "operaio", "tecnico di laboratorio", "call center", "idraulico", "");
    private static final List<String> WHERE = List.of("", "", "Bologna", "Imola", "Casalecchio di Reno", "Modena",
            "San Lazzaro di Savena", "Budrio");
    private static final List<String> CONTRACTS = List.of("permanent", "fixed-term", "apprenticeship", "internship",
            "temporary");

    private final Settings settings;
    private final Consumer<String> progress;

    public OffersBenchmark(Settings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** The heap options the self-service terminal's launcher gives it, which its process here starts with. */
    public static List<String> launcherOptions() {
        return StationProcess.launcherOptions("self-service");
    }

    public static String fullCf() {
        return CF + org.sportello.codicefiscale.CodiceFiscale.checkCharacter(CF);
    }

    public Result run() throws IOException {
        String loadAtStart = MachineLoad.now().loadAverage();
        OfferFitter fitter = settings.fitter();
        Path dir = Files.createTempDirectory("sportello-bench-offers");
        try {
            Path data = Files.createDirectories(dir.resolve("data"));
            Duration importTime;
            Duration rebuildTime;
            int open;
            Duration matchFirst;
            MatchPauses matchPauses;
            LatencySamples match = new LatencySamples();
            StationProcess.Report terminalReport = null;
            try (OfficeDatabase db = OfficeDatabase.open(OfficeServer.inProcessUrl(data))) {
                db.migrate();
                new JooqOfficeSetupWriter(db, new PasswordHasher(1000)).apply(BenchmarkOffice.setup(1, 1));
                try (OfficeConnection office = OfficeConnection.open(db, Clock.systemUTC())) {
                    OfficeOffers catalogue = office.offers();
                    LocalDate today = catalogue.today();
                    catalogue.places().putAll(DemoCatalogue.places());
                    progress.accept("Generating " + settings.offers() + " offers around Bologna");
                    List<JobOffer> offers = DemoCatalogue.offers(settings.offers(), today, 2026);
                    progress.accept("Importing them (database and index)");
                    long t0 = System.nanoTime();
                    for (int from = 0; from < offers.size(); from += 10_000) {
                        catalogue.putAll(offers.subList(from, Math.min(offers.size(), from + 10_000)));
                    }
                    importTime = Duration.ofNanos(System.nanoTime() - t0);
                    offers = null;
                    progress.accept("Rebuilding the whole index from the table");
                    long t1 = System.nanoTime();
                    catalogue.rebuildIndex();
                    rebuildTime = Duration.ofNanos(System.nanoTime() - t1);
                    CitizenProfile citizen = citizen(office);
                    progress.accept("Matching one citizen against every open offer (" + fitter + ")");
                    long t2 = System.nanoTime();
                    List<JobOffer> openOffers = catalogue.openOn(today);
                    Workplace home = catalogue.places().find("Casalecchio di Reno").orElseThrow().workplace();
                    fitAll(fitter, citizen, home, openOffers);
                    matchFirst = Duration.ofNanos(System.nanoTime() - t2);
                    open = openOffers.size();
                    int withCollection = 0;
                    long collectionMillis = 0;
                    long slowestWithout = 0;
                    for (int i = 0; i < MATCH_WARMUP + MATCH_RUNS; i++) {
                        long gcBefore = collectionMillis();
                        long s = System.nanoTime();
                        fitAll(fitter, citizen, home, catalogue.openOn(today));
                        long took = System.nanoTime() - s;
                        long gc = collectionMillis() - gcBefore;
                        if (i >= MATCH_WARMUP) {
                            match.add(took);
                            if (gc > 0) {
                                withCollection++;
                                collectionMillis += gc;
                            } else {
                                slowestWithout = Math.max(slowestWithout, took);
                            }
                        }
                    }
                    matchPauses = new MatchPauses(withCollection, collectionMillis, Duration.ofNanos(slowestWithout));
                }
            }
            long indexBytes = size(data.resolve(OfficeOffers.INDEX_FOLDER));
            LatencySamples search = new LatencySamples();
            LatencySamples tap = new LatencySamples();
            LatencySamples cardFit = new LatencySamples();
            try (OfficeServer server = OfficeServer.start(OfficeServer.Options.loopback(data),
                    s -> OfficeApis.on(s, Clock.systemUTC(), fitter));
                 BenchStations stations = new BenchStations(server, dir.resolve("stations"))) {
                progress.accept("Office server on " + server.localAddress() + "; enrolling a self-service terminal");
                ManagedChannel terminal = stations.join("bench-terminal", StationRole.SELF_SERVICE);
                Random r = new Random(12);
                progress.accept("Searching: " + settings.warmup() + " to warm up, then " + settings.searches());
                for (int i = 0; i < settings.warmup() + settings.searches(); i++) {
                    OfferSearchRequest base = randomSearch(r);
                    long s = System.nanoTime();
                    var found = stub(terminal).search(base);
                    long took = System.nanoTime() - s;
                    OfferSearchRequest.Builder more = base.toBuilder();
                    switch (r.nextInt(3)) {
                        case 0 -> more.addContracts(CONTRACTS.get(r.nextInt(CONTRACTS.size())));
                        case 1 -> more.setHours(r.nextBoolean() ? "full" : "part");
                        default -> more.setPublishedWithinDays(7);
                    }
                    long s2 = System.nanoTime();
                    stub(terminal).search(more.build());
                    long took2 = System.nanoTime() - s2;
                    if (i >= settings.warmup()) {
                        search.add(took);
                        tap.add(took2);
                    }
                    if (found.getHitsCount() > 0 && found.getHits(0).getId().isEmpty()) {
                        throw new IllegalStateException("a hit without an id");
                    }
                }
                progress.accept("Card fits over the protocol (every open offer, best 20)");
                for (int i = 0; i < 25; i++) {
                    long s = System.nanoTime();
                    var fit = stub(terminal).cardFit(CardFitRequest.newBuilder().setTaxCode(fullCf()).build());
                    if (!fit.getKnown()) {
                        throw new IllegalStateException("the benchmark's citizen is not known");
                    }
                    if (i >= 5) {
                        cardFit.add(System.nanoTime() - s);
                    }
                }
                if (settings.terminalSearches() > 0) {
                    String classpath = StationProcess.classpath().orElseThrow(() -> new IOException(
                            "the self-service terminal is not built beside this server: build it with ./mvnw -o -q -B"
                                    + " -DskipTests -pl app-kiosk -am package, or run with --terminal-searches 0"));
                    progress.accept("The real terminal as its own process: " + settings.terminalSearches()
                            + " searches typed on it, its memory read after each");
                    List<String> queries = new java.util.ArrayList<>();
                    for (int i = 0; i < settings.terminalSearches(); i++) {
                        OfferSearchRequest q = randomSearch(r);
                        queries.add(q.getWhat() + "\t" + q.getWhere() + "\t" + q.getKm());
                    }
                    Path terminalDir = Files.createDirectories(dir.resolve("terminal"));
                    Path queryFile = Files.write(terminalDir.resolve("queries.tsv"), queries,
                            java.nio.charset.StandardCharsets.UTF_8);
                    StationProcess app = StationProcess.start(server, StationRole.SELF_SERVICE,
                            "bench-terminal-app", classpath, settings.terminalJavaOptions(), SEARCH_DRIVE,
                            List.of("--queries", queryFile.toString()), terminalDir);
                    terminalReport = app.awaitReport("searches", 15);
                }
            }
            System.gc();
            long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
            return new Result(settings, MachineInfo.current(), loadAtStart, fitter.toString(), importTime,
                    rebuildTime, indexBytes, open, search.summary(), tap.summary(), matchFirst, match.summary(),
                    matchPauses, cardFit.summary(), heap, terminalReport);
        } finally {
            deleteRecursively(dir);
        }
    }

    private static long collectionMillis() {
        long total = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    /** As the desk's matching and the terminal's card fit do it: every offer scored, the best explained. */
    private static void fitAll(OfferFitter fitter, CitizenProfile citizen, Workplace home, List<JobOffer> offers) {
        if (fitter.rank(citizen, home, offers, CardFits.DEFAULT_LIMIT).isEmpty() && !offers.isEmpty()) {
            throw new IllegalStateException("the fit engine ranked no offer");
        }
    }

    private static CitizenProfile citizen(OfficeConnection office) {
        var session = office.auth().login(BenchmarkOffice.login(1), BenchmarkOffice.PASSWORD.toCharArray());
        Personal p = new Personal("Verdi", "Maria", "Bologna", "Italiana",
                new Address("Via Porrettana 1", "40033", "Casalecchio di Reno", "BO"), null, null, null);
        Professional w = new Professional(List.of(), List.of(), List.of("Muletto", "Inventario", "HACCP", "Cassa"),
                List.of(), Set.of(), Availability.UNSAID);
        var saved = office.profiles().save(session, new CitizenProfile(fullCf(), null, 0, p, w));
        if (!(saved instanceof org.sportello.model.profile.SaveOutcome.Saved s)) {
            throw new IllegalStateException("the benchmark's citizen was not saved");
        }
        return s.file().profile();
    }

    private static OfferSearchRequest randomSearch(Random r) {
        OfferSearchRequest.Builder b = OfferSearchRequest.newBuilder().setWhat(WORDS.get(r.nextInt(WORDS.size())));
        String where = WHERE.get(r.nextInt(WHERE.size()));
        if (!where.isEmpty()) {
            b.setWhere(where).setKm(List.of(10, 20, 30, 50).get(r.nextInt(4)));
        }
        return b.setLimit(50).build();
    }

    private static OffersGrpc.OffersBlockingStub stub(ManagedChannel channel) {
        return OffersGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS);
    }

    private static long size(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Removes a benchmark's temporary folder; the stations benchmark's too. */
    static void deleteRecursively(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir, e);
        }
    }

    /** The "## Offers" section of docs/benchmarks.md. */
    public static String section(Result r) {
        MachineInfo m = r.machine();
        StringBuilder md = new StringBuilder("## Offers\n\n");
        md.append("Command: `./sportello bench offers --offers ").append(r.settings().offers()).append(" --searches ")
                .append(r.settings().searches()).append(" --warmup ").append(r.settings().warmup())
                .append("`, run on ").append(m.date()).append(".\n\n");
        md.append("Machine: ").append(m.cores()).append(" cores (").append(m.cpuModel()).append("), ")
                .append(m.memory()).append(" RAM, ").append(m.jdk()).append(", ").append(m.os())
                .append(". Load average before the run: ").append(r.loadAtStart()).append(".\n\n");
        md.append("A fresh office server on 127.0.0.1 (TLS), ").append(r.settings().offers())
                .append(" generated offers around Bologna (").append(r.openOffers())
                .append(" open today), one enrolled self-service terminal searching over the office protocol;")
                .append(" times from the terminal's request to its results.\n\n");
        md.append("| measure | target | p50 | p95 | p99 | max |\n|---|---|---|---|---|---|\n");
        row(md, "search (" + r.search().count() + " searches: words, place and radius)", "p95 ≤ 50 ms", r.search());
        row(md, "filter tap (the same search with one chip more)", "p95 ≤ 20 ms", r.tap());
        row(md, "match one citizen against every open offer, in the server", "≤ 200 ms", r.match());
        row(md, "card fit at the terminal (the same, best 20, over the protocol)", "", r.cardFit());
        md.append("\n");
        md.append("- Import of the offers (database and index, batches of 10,000): ").append(seconds(r.importTime()))
                .append(".\n");
        md.append("- Full index rebuild from the table: ").append(seconds(r.rebuildTime()))
                .append(" (target ≤ 30 s); index on disk: ").append(r.indexBytes() / (1024 * 1024)).append(" MB.\n");
        md.append("- First match of the day (reads the open offers from the table, then fits): ")
                .append(millis(r.matchFirst())).append(".\n");
        md.append("- Fit engine: ").append(r.fitterName()).append("; a match scores every open offer and explains")
                .append(" the best ").append(CardFits.DEFAULT_LIMIT).append(", as the desk's matching and the")
                .append(" terminal's card fit do (").append(MATCH_RUNS).append(" matches after ").append(MATCH_WARMUP)
                .append(" not counted).\n");
        MatchPauses pauses = r.matchPauses();
        md.append("- The JVM collected garbage during ").append(pauses.matchesWithCollection()).append(" of the ")
                .append(r.match().count()).append(" matches (").append(pauses.collectionMillis())
                .append(" ms of collection in all); the slowest match without a collection took ")
                .append(millis(pauses.slowestWithout())).append(".\n");
        md.append("- Heap in use after the run (server, the protocol client and benchmark in one JVM): ")
                .append(r.heapAfterMb()).append(" MB.\n");
        StationProcess.Report t = r.terminal();
        if (t == null) {
            md.append("- The terminal as its own process: not run (--terminal-searches 0).\n");
        } else {
            md.append("- **The terminal's memory**, the real self-service app as its own process (JVM options ")
                    .append(r.settings().terminalJavaOptions().isEmpty() ? "none: the JVM's defaults"
                            : "`" + String.join(" ", r.settings().terminalJavaOptions()) + "`")
                    .append(") searching this catalogue: ").append(t.get("searches"))
                    .append(" searches typed a key at a time, each answered and then narrowed by a contract chip (")
                    .append(t.get("answered")).append(" answers shown, up to ").append(t.get("most-hits"))
                    .append(" offers on a page), ").append(t.get("offer-pages")).append(" offer pages opened, in ")
                    .append(seconds(Duration.ofMillis(t.get("ms")))).append(". Resident memory at its first screen ")
                    .append(t.get("rss-first-kb") / 1024).append(" MB, after the last search ")
                    .append(t.get("rss-last-kb") / 1024).append(" MB, at most ").append(t.get("rss-max-kb") / 1024)
                    .append(" MB between searches, peak (VmHWM) ").append(t.get("rss-peak-kb") / 1024)
                    .append(" MB; its heap's live objects after a final collection ").append(t.get("heap-live-mb"))
                    .append(" MB (maximum heap ").append(t.get("heap-max-mb")).append(" MB).\n");
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String what, String target, LatencySamples.Summary s) {
        md.append("| ").append(what).append(" | ").append(target).append(" | ").append(millis(s.p50())).append(" | ")
                .append(millis(s.p95())).append(" | ").append(millis(s.p99())).append(" | ").append(millis(s.max()))
                .append(" |\n");
    }

    private static String millis(Duration d) {
        return String.format(java.util.Locale.ROOT, "%.1f ms", d.toNanos() / 1e6);
    }

    private static String seconds(Duration d) {
        return String.format(java.util.Locale.ROOT, "%.1f s", d.toNanos() / 1e9);
    }
}
