package org.sportello.server.vacancies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sportello.model.offers.JobOffer;
import org.sportello.server.offers.OfferCatalogue;

/** A catalogue in memory that remembers what it was told, for tests of what publishes into it. */
public final class MemoryCatalogue implements OfferCatalogue {
    public final Map<String, JobOffer> offers = new LinkedHashMap<>();
    public final List<String> withdrawn = new ArrayList<>();
    /** Set to make the next put fail, as a catalogue whose disk is full would. */
    public boolean failNextPut;

    @Override
    public synchronized void put(JobOffer offer) {
        if (failNextPut) {
            failNextPut = false;
            throw new IllegalStateException("the catalogue refused the offer");
        }
        offers.put(offer.id(), offer);
    }

    @Override
    public synchronized void withdraw(String id) {
        withdrawn.add(id);
        offers.remove(id);
    }

    @Override
    public synchronized Optional<JobOffer> find(String id) {
        return Optional.ofNullable(offers.get(id));
    }

    @Override
    public synchronized List<JobOffer> openOn(LocalDate day) {
        return offers.values().stream().filter(o -> o.openOn(day)).toList();
    }
}
