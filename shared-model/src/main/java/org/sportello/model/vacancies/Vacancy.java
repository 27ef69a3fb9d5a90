package org.sportello.model.vacancies;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.sportello.model.offers.ContractType;
import org.sportello.model.offers.JobOffer;
import org.sportello.model.offers.OfferHours;
import org.sportello.model.offers.OfferSource;
import org.sportello.model.offers.Requirements;
import org.sportello.model.offers.Workplace;

/**
 * A company's vacancy recorded at the desk (service D): who hires (partita IVA or a sole trader's codice
 * fiscale, name, contact), what for (title and ISCO-08 code), where, on which contract, hours and positions,
 * what it asks, when it is shown, and whether the company agreed to publish its name and contact. {@code id}
 * is null until recorded; {@code status} and {@code outcome} change only by closing it.
 */
public record Vacancy(UUID id, String employerCode, String employerName, String employerContact,
                      boolean publishEmployer, String title, String description, String isco, Workplace workplace,
                      ContractType contract, OfferHours hours, int positions, Requirements requirements,
                      LocalDate publishOn, LocalDate expiresOn, Status status, Outcome outcome, long version) {
    public enum Status { OPEN, CLOSED }

    /** How a vacancy ended. */
    public enum Outcome { FILLED, NOT_FILLED, WITHDRAWN }

    public Vacancy {
        employerCode = clean(employerCode);
        employerName = clean(employerName);
        employerContact = clean(employerContact);
        title = clean(title);
        description = clean(description);
        isco = clean(isco);
        requirements = Objects.requireNonNullElse(requirements, Requirements.NONE);
        status = Objects.requireNonNullElse(status, Status.OPEN);
        if ((status == Status.CLOSED) != (outcome != null)) {
            throw new IllegalArgumentException("a closed vacancy has an outcome, an open one none");
        }
    }

    /** What the office and the company quote: "V-" and the id's last eight (random) hex digits. */
    public String reference() {
        return reference(id);
    }

    /** The reference of the vacancy with this id, as its office's desk shows it; "" before it is recorded. */
    public static String reference(UUID id) {
        String hex = id == null ? "" : id.toString().replace("-", "");
        return hex.isEmpty() ? "" : "V-" + hex.substring(hex.length() - 8).toUpperCase(java.util.Locale.ROOT);
    }

    /** The catalogue's id of a vacancy: stable across offices, so a pulled copy replaces itself. */
    public static String offerId(UUID id) {
        return "vacancy-" + id;
    }

    /**
     * The vacancy as the catalogue shows it: the employer's name and contact only when the company agreed
     * (otherwise terminals print "riservato" and citizens ask at the desk).
     */
    public JobOffer toOffer(OfferSource source) {
        Objects.requireNonNull(id, "a vacancy is recorded before it is published");
        return new JobOffer(offerId(id), source, title, description, publishEmployer ? employerName : null,
                workplace, isco, contract, hours, positions, publishOn, expiresOn, requirements,
                publishEmployer ? employerContact : null);
    }

    public Vacancy withId(UUID newId, long newVersion) {
        return new Vacancy(newId, employerCode, employerName, employerContact, publishEmployer, title, description,
                isco, workplace, contract, hours, positions, requirements, publishOn, expiresOn, status, outcome,
                newVersion);
    }

    public Vacancy withWorkplace(Workplace w) {
        return new Vacancy(id, employerCode, employerName, employerContact, publishEmployer, title, description,
                isco, w, contract, hours, positions, requirements, publishOn, expiresOn, status, outcome, version);
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
