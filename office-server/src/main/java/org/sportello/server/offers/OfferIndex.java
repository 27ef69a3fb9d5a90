package org.sportello.server.offers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.sportello.model.offers.ContractType;
import org.sportello.model.offers.JobOffer;
import org.sportello.model.offers.OfferHours;
import org.sportello.model.profile.Address;
import org.sportello.model.offers.OfferHit;
import org.sportello.model.offers.OfferResults;
import org.sportello.model.offers.OfferQuery;

/**
 * The catalogue's Lucene index (ADR 32), kept by the office server in {@code DATA/offers-index} and only
 * ever derived from {@code job_offer}: every commit records the catalogue's signature, and an index that
 * is missing, unreadable or behind the table is rebuilt from it. Full text over title, description,
 * employer and skills through {@link OfferAnalyzer}; filters on points and doc values; the chips'
 * counts in the same pass as the hits ({@link OfferCollector}). Dates are compared with the day the
 * caller gives (the server's clock), so an offer disappears the day after it expires without a write.
 */
public final class OfferIndex implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(OfferIndex.class.getName());
    static final String ID = "id";
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String EMPLOYER = "employer";
    static final String SKILLS = "skills";
    static final String LOCATION = "location";
    static final String LAT = "lat";
    static final String LON = "lon";
    static final String PUBLISHED = "published";
    static final String EXPIRES = "expires";
    static final String CONTRACT = "contract";
    static final String HOURS = "hours";
    static final String PROVINCE = "province";
    static final String MUNICIPALITY = "municipality";
    static final String MUNICIPALITY_KEY = "municipality_key";
    private static final String SIGNATURE = "catalogue";
    /** How much a word counts where it is found: a title says what the job is, a description only mentions it. */
    private static final Map<String, Float> FIELD_BOOSTS = Map.of(TITLE, 4f, SKILLS, 2f, EMPLOYER, 1.5f, DESCRIPTION, 1f);
    private static final int MIN_PREFIX = 3;

    private final Analyzer analyzer;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean inMemory;

    private OfferIndex(Analyzer analyzer, Directory directory, IndexWriter writer, boolean inMemory) throws IOException {
        this.analyzer = analyzer;
        this.directory = directory;
        this.writer = writer;
        this.inMemory = inMemory;
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * The index in {@code folder} (null: in memory). An index that cannot be read is set aside and a new,
     * empty one made (its {@link #signature()} is then empty, so the catalogue rebuilds it); a folder
     * another process holds gives an in-memory index, rebuilt by the caller as well.
     */
    public static OfferIndex open(Path folder, Analyzer analyzer) {
        if (folder == null) {
            return inMemory(analyzer);
        }
        try {
            return onDisk(folder, analyzer, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        } catch (LockObtainFailedException e) {
            LOG.warning(() -> "the offer index " + folder + " is held by another process; searching an index in memory");
            return inMemory(analyzer);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "the offer index " + folder + " cannot be read (" + e + "); making it again", e);
            try {
                clear(folder);
                return onDisk(folder, analyzer, IndexWriterConfig.OpenMode.CREATE);
            } catch (IOException again) {
                throw new UncheckedIOException("cannot make the offer index in " + folder, again);
            }
        }
    }

    private static OfferIndex onDisk(Path folder, Analyzer analyzer, IndexWriterConfig.OpenMode mode) throws IOException {
        Files.createDirectories(folder);
        Directory dir = FSDirectory.open(folder);
        IndexWriter w = null;
        try {
            w = new IndexWriter(dir, config(analyzer, mode));
            OfferIndex index = new OfferIndex(analyzer, dir, w, false);
            index.check();
            return index;
        } catch (IOException | RuntimeException e) {
            if (w != null) {
                try {
                    w.rollback();
                } catch (IOException | RuntimeException ignored) {
                    // Already failing; the folder is cleared next.
                }
            }
            dir.close();
            throw e;
        }
    }

    private static OfferIndex inMemory(Analyzer analyzer) {
        try {
            Directory dir = new ByteBuffersDirectory();
            return new OfferIndex(analyzer, dir, new IndexWriter(dir, config(analyzer, IndexWriterConfig.OpenMode.CREATE)), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IndexWriterConfig config(Analyzer analyzer, IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig c = new IndexWriterConfig(analyzer);
        c.setOpenMode(mode);
        c.setRAMBufferSizeMB(64);
        return c;
    }

    /** Reads every stored document once: a damaged file shows here, at start, not at a citizen's search. */
    private void check() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            StoredFields stored = s.storedFields();
            int max = s.getIndexReader().maxDoc();
            for (int d = 0; d < max; d += Math.max(1, max / 64)) {
                stored.document(d);
            }
        } finally {
            searchers.release(s);
        }
    }

    private static void clear(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.deleteIfExists(folder);
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(folder)) {
                    Files.delete(p);
                }
            }
        }
    }

    public boolean inMemory() {
        return inMemory;
    }

    /** The catalogue signature of the last commit; empty for a new or unreadable index. */
    public String signature() {
        try {
            Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
            if (data == null) {
                return "";
            }
            for (Map.Entry<String, String> e : data) {
                if (e.getKey().equals(SIGNATURE)) {
                    return e.getValue();
                }
            }
            return "";
        } catch (RuntimeException e) {
            return "";
        }
    }

    public int size() {
        return writer.getDocStats().numDocs;
    }

    /** Adds or replaces these offers and commits with the catalogue's new signature. */
    public synchronized void put(Collection<JobOffer> offers, String signature) {
        try {
            for (JobOffer o : offers) {
                writer.updateDocument(new Term(ID, o.id()), document(o));
            }
            commit(signature);
        } catch (IOException e) {
            throw new UncheckedIOException("the offer index failed: " + e.getMessage(), e);
        }
    }

    public synchronized void delete(String id, String signature) {
        try {
            writer.deleteDocuments(new Term(ID, id));
            commit(signature);
        } catch (IOException e) {
            throw new UncheckedIOException("the offer index failed: " + e.getMessage(), e);
        }
    }

    /** Replaces the whole index with what {@code source} hands over, in one commit. */
    public synchronized void rebuild(Consumer<Consumer<JobOffer>> source, String signature) {
        try {
            writer.deleteAll();
            source.accept(o -> {
                try {
                    writer.addDocument(document(o));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            commit(signature);
        } catch (IOException e) {
            throw new UncheckedIOException("the offer index failed: " + e.getMessage(), e);
        }
    }

    private void commit(String signature) throws IOException {
        writer.setLiveCommitData(Map.of(SIGNATURE, signature).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    private static Document document(JobOffer o) {
        Document d = new Document();
        d.add(new StringField(ID, o.id(), Field.Store.YES));
        d.add(new TextField(TITLE, o.title(), Field.Store.YES));
        d.add(new TextField(DESCRIPTION, o.description() == null ? "" : o.description(), Field.Store.NO));
        if (o.employer() != null) {
            d.add(new TextField(EMPLOYER, o.employer(), Field.Store.YES));
        }
        d.add(new TextField(SKILLS, String.join("\n", o.requirements().skills()), Field.Store.NO));
        d.add(new StoredField(MUNICIPALITY, o.workplace().municipality()));
        d.add(new StringField(MUNICIPALITY_KEY, Address.key(o.workplace().municipality(), null), Field.Store.NO));
        if (o.workplace().province() != null) {
            d.add(new StoredField(PROVINCE, o.workplace().province()));
            d.add(new SortedDocValuesField(PROVINCE, new BytesRef(o.workplace().province())));
        }
        if (o.workplace().located()) {
            d.add(new LatLonPoint(LOCATION, o.workplace().lat(), o.workplace().lon()));
            d.add(new StoredField(LAT, o.workplace().lat()));
            d.add(new StoredField(LON, o.workplace().lon()));
        }
        int published = (int) o.published().toEpochDay();
        int expires = (int) o.expires().toEpochDay();
        d.add(new IntPoint(PUBLISHED, published));
        d.add(new NumericDocValuesField(PUBLISHED, published));
        d.add(new StoredField(PUBLISHED, published));
        d.add(new IntPoint(EXPIRES, expires));
        d.add(new StoredField(EXPIRES, expires));
        d.add(new SortedDocValuesField(CONTRACT, new BytesRef(o.contract().name())));
        d.add(new StoredField(CONTRACT, o.contract().name()));
        d.add(new SortedDocValuesField(HOURS, new BytesRef(o.hours().name())));
        d.add(new StoredField(HOURS, o.hours().name()));
        return d;
    }

    /**
     * The offers open on {@code today} that match {@code q}; {@code where} is the place "Dove" names,
     * empty when not asked or unknown (then the offers of a municipality by that name, if any).
     */
    public OfferResults search(OfferQuery q, LocalDate today, Optional<Place> where) {
        Query base = baseQuery(q, today, where);
        boolean scored = !terms(q.what()).isEmpty();
        try {
            IndexSearcher s = searchers.acquire();
            try {
                OfferCollector.Result r = s.search(base, new OfferCollector.Slices(q, scored));
                List<OfferHit> hits = new ArrayList<>(r.top().size());
                StoredFields stored = s.storedFields();
                for (OfferCollector.Candidate c : r.top()) {
                    hits.add(hit(stored.document(c.doc()), c.score(), where));
                }
                String unknown = !q.where().isEmpty() && where.isEmpty() ? q.where() : null;
                return new OfferResults(hits, r.total(), r.facets(), unknown);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the offer index failed: " + e.getMessage(), e);
        }
    }

    private Query baseQuery(OfferQuery q, LocalDate today, Optional<Place> where) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int day = (int) today.toEpochDay();
        // Never an expired offer, nor one not yet published: by the server's day, whatever the index holds.
        b.add(IntPoint.newRangeQuery(EXPIRES, day, Integer.MAX_VALUE), Occur.FILTER);
        int earliest = q.withinDays() > 0 ? day - q.withinDays() : Integer.MIN_VALUE;
        b.add(IntPoint.newRangeQuery(PUBLISHED, earliest, day), Occur.FILTER);
        if (where.isPresent()) {
            b.add(LatLonPoint.newDistanceQuery(LOCATION, where.get().lat(), where.get().lon(), q.radiusKm() * 1000.0),
                    Occur.FILTER);
        } else if (!q.where().isEmpty()) {
            b.add(new TermQuery(new Term(MUNICIPALITY_KEY, Address.key(q.where(), null))), Occur.FILTER);
        }
        List<String> words = terms(q.what());
        boolean typing = !q.what().isEmpty() && !Character.isWhitespace(q.what().charAt(q.what().length() - 1));
        for (int i = 0; i < words.size(); i++) {
            boolean last = i == words.size() - 1;
            b.add(word(words.get(i), last && typing), Occur.MUST);
        }
        if (words.isEmpty()) {
            b.add(new MatchAllDocsQuery(), Occur.FILTER);
        }
        return b.build();
    }

    /** One word in any of the text fields; the word being typed also as the start of a longer one. */
    private static Query word(String term, boolean alsoPrefix) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> f : FIELD_BOOSTS.entrySet()) {
            any.add(new BoostQuery(new TermQuery(new Term(f.getKey(), term)), f.getValue()), Occur.SHOULD);
            if (alsoPrefix && term.length() >= MIN_PREFIX && !f.getKey().equals(DESCRIPTION)) {
                // Below the whole word: "magazz" finds "magazziniere", a whole "magazziniere" ranks first.
                any.add(new BoostQuery(new PrefixQuery(new Term(f.getKey(), term)), f.getValue() * 0.5f), Occur.SHOULD);
            }
        }
        return any.build();
    }

    /** The words of a "Cosa" as the index holds them. */
    List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        try (TokenStream ts = analyzer.tokenStream(TITLE, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (!out.contains(t)) {
                    out.add(t);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static OfferHit hit(Document d, float score, Optional<Place> where) {
        double km = Double.NaN;
        if (where.isPresent() && d.getField(LAT) != null) {
            km = where.get().kmTo(d.getField(LAT).numericValue().doubleValue(), d.getField(LON).numericValue().doubleValue());
        }
        return new OfferHit(d.get(ID), d.get(TITLE), d.get(EMPLOYER), d.get(MUNICIPALITY), d.get(PROVINCE), km, score,
                ContractType.valueOf(d.get(CONTRACT)), OfferHours.valueOf(d.get(HOURS)),
                LocalDate.ofEpochDay(d.getField(PUBLISHED).numericValue().intValue()),
                LocalDate.ofEpochDay(d.getField(EXPIRES).numericValue().intValue()));
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "the offer index did not close cleanly", e);
        }
    }
}
