package org.sportello.model.vacancies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sportello.model.company.CommunicationRules;
import org.sportello.model.profile.Occupations;

/**
 * What a vacancy must say before it is recorded: the employer's code checked as a company communication's is
 * (partita IVA, or a sole trader's codice fiscale), a known ISCO-08 group, a municipality, at least one
 * position, and dates that make sense (shown for at most a year).
 */
public final class VacancyRules {
    public static final int MAX_POSITIONS = 999;
    public static final int MAX_DAYS_SHOWN = 366;

    private VacancyRules() {
    }

    public static List<VacancyField> missing(Vacancy v, LocalDate today) {
        List<VacancyField> out = new ArrayList<>();
        if (CommunicationRules.employer(v.employerCode(), today).isEmpty()) {
            out.add(VacancyField.EMPLOYER_CODE);
        }
        if (v.employerName() == null) {
            out.add(VacancyField.EMPLOYER_NAME);
        }
        if (v.title() == null) {
            out.add(VacancyField.TITLE);
        }
        if (!Occupations.isco08().known(v.isco())) {
            out.add(VacancyField.OCCUPATION);
        }
        if (v.workplace() == null || v.workplace().municipality().isEmpty()) {
            out.add(VacancyField.MUNICIPALITY);
        }
        if (v.contract() == null) {
            out.add(VacancyField.CONTRACT);
        }
        if (v.hours() == null) {
            out.add(VacancyField.HOURS);
        }
        if (v.positions() < 1 || v.positions() > MAX_POSITIONS) {
            out.add(VacancyField.POSITIONS);
        }
        if (v.publishOn() == null || v.expiresOn() == null || v.expiresOn().isBefore(v.publishOn())
                || v.expiresOn().isBefore(today) || v.publishOn().plusDays(MAX_DAYS_SHOWN).isBefore(v.expiresOn())) {
            out.add(VacancyField.DATES);
        }
        return out;
    }
}
