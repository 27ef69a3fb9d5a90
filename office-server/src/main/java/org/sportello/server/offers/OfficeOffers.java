package org.sportello.server.offers;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.lucene.analysis.Analyzer;
import org.sportello.server.storage.JdbcTransaction;
import org.sportello.model.offers.JobOffer;
import org.sportello.model.offers.OfferResults;
import org.sportello.model.offers.OfferQuery;

/**
 * The office's catalogue (issue 12, ADR 32): job offers in {@code job_offer}, searched through the
 * {@link OfferIndex} that follows the table; the places file and the courses calendar beside them. The
 * database is written first and is the truth; the index is opened on first use and rebuilt from the
 * table when it is missing, unreadable or carries another catalogue signature than the table's (e.g.
 * an import ran while this process was not the one holding it).
 */
public final class OfficeOffers implements OfferCatalogue, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(OfficeOffers.class.getName());
    /**
     * Lucene advises the incubating Vector API on every start, for vector search; the offer index has no
     * vector fields, so the advice was only a warning in the technician's log. Held here: java.util.logging
     * keeps its loggers weakly, and a collected one would forget the level.
     */
    private static final Logger LUCENE_VECTORS = Logger.getLogger("org.apache.lucene.internal.vectorization");

    static {
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
    }
    /** The index's folder inside the office's data folder. */
    public static final String INDEX_FOLDER = "offers-index";

    private final DataSource office;
    private final Path indexFolder;
    private final ZoneId zone;
    private final Clock clock;
    private final Analyzer analyzer = new OfferAnalyzer();
    private final Places places;
    private final Courses courses;
    private OfferIndex index;
    private boolean closed;
    /** Bumped by every change, so the cached open offers of a day are known to be current. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    private volatile OpenOffers open;
    private final Object openLoad = new Object();

    /** The open offers of one day at one generation: what every card fit of the day reads. */
    private record OpenOffers(LocalDate day, long generation, List<JobOffer> offers) {
    }

    /**
     * @param indexFolder where the index lives ({@code DATA/offers-index}); null keeps it in memory
     *                    (a database that is not a file of this machine)
     */
    public OfficeOffers(DataSource office, Path indexFolder, ZoneId zone, Clock clock) {
        this.office = office;
        this.indexFolder = indexFolder;
        this.zone = zone;
        this.clock = clock;
        this.places = new Places(office);
        this.courses = new Courses(office, analyzer, clock);
    }

    /** The index folder beside an embedded H2 file database ({@code jdbc:h2:file:/data/office;…}); null otherwise. */
    public static Path indexFolderFor(String jdbcUrl) {
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:h2:") || lower.startsWith("jdbc:h2:mem:") || lower.startsWith("jdbc:h2:tcp:")
                || lower.startsWith("jdbc:h2:ssl:")) {
            return null;
        }
        String rest = jdbcUrl.substring("jdbc:h2:".length());
        if (rest.toLowerCase(Locale.ROOT).startsWith("file:")) {
            rest = rest.substring("file:".length());
        }
        int semicolon = rest.indexOf(';');
        rest = semicolon < 0 ? rest : rest.substring(0, semicolon);
        if (rest.startsWith("~")) {
            rest = System.getProperty("user.home") + rest.substring(1);
        }
        Path parent = Path.of(rest).toAbsolutePath().getParent();
        return parent == null ? null : parent.resolve(INDEX_FOLDER);
    }

    public Places places() {
        return places;
    }

    public Courses courses() {
        return courses;
    }

    /** The office's day by its clock: what "expired" and "of today" mean. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    @Override
    public void put(JobOffer offer) {
        putAll(List.of(offer));
    }

    /** Adds or replaces these offers in one transaction, then in the index in one commit. */
    public void putAll(Collection<JobOffer> offers) {
        if (offers.isEmpty()) {
            return;
        }
        List<JobOffer> located = new ArrayList<>(offers.size());
        for (JobOffer o : offers) {
            located.add(located(o));
        }
        // Opened (and brought up to the table) before the write, so the write is indexed once.
        OfferIndex i = index();
        String signature = JdbcTransaction.run(office, c -> {
            OfferRows.upsert(c, located, OffsetDateTime.now(clock));
            return signature(c);
        });
        generation.incrementAndGet();
        try {
            i.put(located, signature);
        } catch (RuntimeException e) {
            // The table has them; the next start sees the index behind it and rebuilds.
            LOG.log(Level.WARNING, "the offer index missed " + located.size() + " offers: " + e.getMessage(), e);
        }
    }

    @Override
    public void withdraw(String id) {
        OfferIndex i = index();
        String signature = JdbcTransaction.run(office, c -> {
            OfferRows.delete(c, id);
            return signature(c);
        });
        generation.incrementAndGet();
        try {
            i.delete(id, signature);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the offer index kept a withdrawn offer until its rebuild: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<JobOffer> find(String id) {
        return JdbcTransaction.run(office, c -> OfferRows.select(c, "WHERE id = ?", id)).stream().findFirst();
    }

    /** Read once per day and change, then held: matching a citizen against every open offer reads no table. */
    @Override
    public List<JobOffer> openOn(LocalDate day) {
        OpenOffers cached = open;
        if (cached != null && cached.day().equals(day) && cached.generation() == generation.get()) {
            return cached.offers();
        }
        // One reader at a time: card fits arriving while the day's offers load wait for that load
        // instead of each reading the whole table again.
        synchronized (openLoad) {
            long now = generation.get();
            cached = open;
            if (cached != null && cached.day().equals(day) && cached.generation() == now) {
                return cached.offers();
            }
            List<JobOffer> read = List.copyOf(JdbcTransaction.run(office, c -> OfferRows.select(c,
                    "WHERE published <= ? AND expires >= ? ORDER BY id", day, day)));
            open = new OpenOffers(day, now, read);
            return read;
        }
    }

    /**
     * Reads today's open offers in the background, so the first health card shown at a terminal does not
     * wait for the whole catalogue to be read (seconds with 100,000 offers). A failure here is only a
     * missed head start: the first card fit reads them itself.
     */
    public void warmInBackground() {
        Thread.ofVirtual().name("sportello-offers-warm").start(() -> {
            try {
                openOn(today());
            } catch (RuntimeException e) {
                java.util.logging.Logger.getLogger(OfficeOffers.class.getName())
                        .fine(() -> "the open offers were not read ahead: " + e.getMessage());
            }
        });
    }

    /** The offers these ids name that are open today, in the order asked; unknown and closed ones left out. */
    public List<JobOffer> openAmong(Collection<String> ids) {
        LocalDate today = today();
        List<JobOffer> out = new ArrayList<>();
        for (String id : ids) {
            find(id).filter(o -> o.openOn(today)).ifPresent(out::add);
        }
        return out;
    }

    public int count() {
        return JdbcTransaction.run(office, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM job_offer"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** Searches the open offers by the office's day. */
    public OfferResults search(OfferQuery query) {
        Optional<Place> where = places.find(query.where());
        return index().search(query, today(), where);
    }

    /** Builds the whole index again from the table; the number of offers indexed. */
    public synchronized int rebuildIndex() {
        OfferIndex i = index();
        rebuild(i);
        return i.size();
    }

    private void rebuild(OfferIndex i) {
        String signature = JdbcTransaction.run(office, c -> {
            String s = signature(c);
            i.rebuild(sink -> {
                try {
                    OfferRows.each(c, "", sink);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException("the office database failed: " + e.getMessage(), e);
                }
            }, s);
            return s;
        });
        LOG.info(() -> "the offer index was rebuilt from the catalogue (" + signature + ")");
    }

    /** The index, opened on first use and rebuilt when it does not follow the table. */
    synchronized OfferIndex index() {
        if (closed) {
            throw new IllegalStateException("the offer catalogue is closed");
        }
        if (index == null) {
            OfferIndex opened = OfferIndex.open(indexFolder, analyzer);
            String table = JdbcTransaction.run(office, OfficeOffers::signature);
            if (!table.equals(opened.signature())) {
                rebuild(opened);
            }
            index = opened;
        }
        return index;
    }

    private JobOffer located(JobOffer o) {
        if (o.workplace().located()) {
            return o;
        }
        var w = places.locate(o.workplace());
        if (w == o.workplace()) {
            return o;
        }
        return new JobOffer(o.id(), o.source(), o.title(), o.description(), o.employer(), w, o.isco(), o.contract(),
                o.hours(), o.positions(), o.published(), o.expires(), o.requirements(), o.howToApply(), o.publisher());
    }

    /** What the table holds, in a few characters: the count and the last change. */
    private static String signature(java.sql.Connection c) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), MAX(changed_at) FROM job_offer");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            OffsetDateTime last = rs.getObject(2, OffsetDateTime.class);
            return rs.getLong(1) + "@" + (last == null ? "-" : last.toInstant().toString());
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (index != null) {
            index.close();
            index = null;
        }
    }
}
