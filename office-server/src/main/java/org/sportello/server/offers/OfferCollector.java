package org.sportello.server.offers;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;
import org.sportello.model.offers.ContractType;
import org.sportello.model.offers.OfferHours;
import org.sportello.model.offers.FacetCount;
import org.sportello.model.offers.OfferQuery;

/**
 * One pass over the offers that match the words, place and dates, that does two things: keeps the best
 * hits among those that also pass the chips (contract, hours, province), and counts each chip's values
 * among those that pass every <em>other</em> chip (drill sideways), so a chip's count is what tapping it
 * would show. Best: by score, then newest; without words, newest first.
 */
final class OfferCollector implements Collector {
    /** A hit kept for the page: its global doc id, score and publication day. */
    record Candidate(int doc, float score, long published) {
    }

    record Result(List<Candidate> top, int total, List<FacetCount> facets) {
    }

    private static final Comparator<Candidate> WORST_FIRST = Comparator.comparingDouble(Candidate::score)
            .thenComparingLong(Candidate::published).thenComparing(Comparator.comparingInt(Candidate::doc).reversed());

    private final OfferQuery query;
    private final boolean scored;
    private final PriorityQueue<Candidate> best = new PriorityQueue<>(WORST_FIRST);
    private final List<Leaf> leaves = new ArrayList<>();
    private int total;

    private OfferCollector(OfferQuery query, boolean scored) {
        this.query = query;
        this.scored = scored;
    }

    @Override
    public ScoreMode scoreMode() {
        return scored ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        Leaf leaf = new Leaf(context);
        leaves.add(leaf);
        return leaf;
    }

    /** Per segment: the chips' doc values, which of their values are asked, and counts by ordinal. */
    private final class Leaf implements LeafCollector {
        private final int docBase;
        private final SortedDocValues contract;
        private final SortedDocValues hours;
        private final SortedDocValues province;
        private final NumericDocValues published;
        private final boolean[] contractAsked;
        private final int hoursAsked;
        private final int provinceAsked;
        private final int[] contractCounts;
        private final int[] hoursCounts;
        private final int[] provinceCounts;
        private Scorable scorer;

        Leaf(LeafReaderContext context) throws IOException {
            docBase = context.docBase;
            contract = DocValues.getSorted(context.reader(), OfferIndex.CONTRACT);
            hours = DocValues.getSorted(context.reader(), OfferIndex.HOURS);
            province = DocValues.getSorted(context.reader(), OfferIndex.PROVINCE);
            published = DocValues.getNumeric(context.reader(), OfferIndex.PUBLISHED);
            contractCounts = new int[contract.getValueCount()];
            hoursCounts = new int[hours.getValueCount()];
            provinceCounts = new int[province.getValueCount()];
            contractAsked = new boolean[contract.getValueCount()];
            for (ContractType c : query.contracts()) {
                int ord = contract.lookupTerm(new BytesRef(c.name()));
                if (ord >= 0) {
                    contractAsked[ord] = true;
                }
            }
            // -2: not asked (any); -1: asked but no offer of this segment has it.
            hoursAsked = query.hours() == null ? -2 : Math.max(-1, hours.lookupTerm(new BytesRef(query.hours().name())));
            provinceAsked = query.province() == null ? -2
                    : Math.max(-1, province.lookupTerm(new BytesRef(query.province())));
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
            int c = contract.advanceExact(doc) ? contract.ordValue() : -1;
            int h = hours.advanceExact(doc) ? hours.ordValue() : -1;
            int p = province.advanceExact(doc) ? province.ordValue() : -1;
            boolean cOk = query.contracts().isEmpty() || (c >= 0 && contractAsked[c]);
            boolean hOk = hoursAsked == -2 || (h >= 0 && h == hoursAsked);
            boolean pOk = provinceAsked == -2 || (p >= 0 && p == provinceAsked);
            if (hOk && pOk && c >= 0) {
                contractCounts[c]++;
            }
            if (cOk && pOk && h >= 0) {
                hoursCounts[h]++;
            }
            if (cOk && hOk && p >= 0) {
                provinceCounts[p]++;
            }
            if (cOk && hOk && pOk) {
                total++;
                long day = published.advanceExact(doc) ? published.longValue() : 0;
                offer(new Candidate(docBase + doc, scored ? scorer.score() : 0f, day));
            }
        }

        void countInto(Map<String, Integer> contracts, Map<String, Integer> hoursOut, Map<String, Integer> provinces)
                throws IOException {
            add(contract, contractCounts, contracts);
            add(hours, hoursCounts, hoursOut);
            add(province, provinceCounts, provinces);
        }

        private static void add(SortedDocValues values, int[] counts, Map<String, Integer> into) throws IOException {
            for (int ord = 0; ord < counts.length; ord++) {
                if (counts[ord] > 0) {
                    into.merge(values.lookupOrd(ord).utf8ToString(), counts[ord], Integer::sum);
                }
            }
        }
    }

    private void offer(Candidate c) {
        if (best.size() < query.limit()) {
            best.add(c);
        } else if (WORST_FIRST.compare(c, best.peek()) > 0) {
            best.poll();
            best.add(c);
        }
    }

    /** Runs one collector per slice of the index and merges them. */
    static final class Slices implements CollectorManager<OfferCollector, Result> {
        private final OfferQuery query;
        private final boolean scored;

        Slices(OfferQuery query, boolean scored) {
            this.query = query;
            this.scored = scored;
        }

        @Override
        public OfferCollector newCollector() {
            return new OfferCollector(query, scored);
        }

        @Override
        public Result reduce(Collection<OfferCollector> collectors) throws IOException {
            PriorityQueue<Candidate> merged = new PriorityQueue<>(WORST_FIRST);
            Map<String, Integer> contracts = new TreeMap<>();
            Map<String, Integer> hours = new TreeMap<>();
            Map<String, Integer> provinces = new TreeMap<>();
            int total = 0;
            int limit = query.limit();
            for (OfferCollector c : collectors) {
                total += c.total;
                for (Candidate k : c.best) {
                    if (merged.size() < limit) {
                        merged.add(k);
                    } else if (WORST_FIRST.compare(k, merged.peek()) > 0) {
                        merged.poll();
                        merged.add(k);
                    }
                }
                for (Leaf leaf : c.leaves) {
                    leaf.countInto(contracts, hours, provinces);
                }
            }
            List<Candidate> top = new ArrayList<>(merged);
            top.sort(WORST_FIRST.reversed());
            List<FacetCount> facets = new ArrayList<>();
            for (ContractType t : ContractType.values()) {
                facets.add(new FacetCount(FacetCount.CONTRACT, t.wireName(), contracts.getOrDefault(t.name(), 0)));
            }
            for (OfferHours t : OfferHours.values()) {
                facets.add(new FacetCount(FacetCount.HOURS, t.wireName(), hours.getOrDefault(t.name(), 0)));
            }
            Map<String, Integer> byProvince = new LinkedHashMap<>(provinces);
            if (query.province() != null) {
                byProvince.putIfAbsent(query.province(), 0);
            }
            byProvince.forEach((k, v) -> facets.add(new FacetCount(FacetCount.PROVINCE, k, v)));
            return new Result(top, total, facets);
        }
    }
}
