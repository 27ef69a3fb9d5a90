package org.sportello.server.vacancies;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sportello.model.offers.JobOffer;
import org.sportello.server.offers.OfferCatalogue;

/**
 * The catalogue the office uses until the real one (database table and search index, issue 12's catalogue
 * part) is wired in {@code OfficeConnection}: offers in memory, filled again from the vacancy table when the
 * office opens ({@link OfficeVacancies#republish()}). Nothing a desk records is lost with it: the vacancy
 * table is the record.
 */
public final class StandInCatalogue implements OfferCatalogue {
    private final Map<String, JobOffer> offers = new ConcurrentHashMap<>();

    @Override
    public void put(JobOffer offer) {
        offers.put(offer.id(), offer);
    }

    @Override
    public void withdraw(String id) {
        offers.remove(id);
    }

    @Override
    public Optional<JobOffer> find(String id) {
        return Optional.ofNullable(offers.get(id));
    }

    @Override
    public List<JobOffer> openOn(LocalDate day) {
        return offers.values().stream().filter(o -> o.openOn(day)).sorted(Comparator.comparing(JobOffer::id)).toList();
    }
}
