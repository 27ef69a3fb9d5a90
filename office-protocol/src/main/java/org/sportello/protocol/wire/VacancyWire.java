package org.sportello.protocol.wire;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.sportello.model.offers.ContractType;
import org.sportello.model.offers.Fit;
import org.sportello.model.offers.FitReason;
import org.sportello.model.offers.LanguageRequirement;
import org.sportello.model.offers.OfferHours;
import org.sportello.model.offers.Requirements;
import org.sportello.model.offers.Workplace;
import org.sportello.model.profile.CefrLevel;
import org.sportello.model.profile.DrivingLicence;
import org.sportello.model.vacancies.Candidate;
import org.sportello.model.vacancies.Contact;
import org.sportello.model.vacancies.ContactOutcome;
import org.sportello.model.vacancies.Vacancy;
import org.sportello.model.vacancies.VacancyField;
import org.sportello.protocol.v1.FitReasonMsg;
import org.sportello.protocol.v1.LanguageRequirementMsg;
import org.sportello.protocol.v1.VacancyCandidateMsg;
import org.sportello.protocol.v1.VacancyCheckMsg;
import org.sportello.protocol.v1.VacancyContactMsg;
import org.sportello.protocol.v1.VacancyMsg;

/**
 * Vacancies, candidates and contacts to and from vacancies.proto. A value that is not one of the model's
 * names is refused as IllegalArgumentException (INVALID_ARGUMENT on the wire), never guessed.
 */
public final class VacancyWire {
    private VacancyWire() {
    }

    public static VacancyMsg toMsg(Vacancy v) {
        Workplace w = v.workplace();
        Requirements r = v.requirements();
        VacancyMsg.Builder b = VacancyMsg.newBuilder()
                .setId(v.id() == null ? "" : v.id().toString())
                .setEmployerCode(text(v.employerCode())).setEmployerName(text(v.employerName()))
                .setEmployerContact(text(v.employerContact())).setPublishEmployer(v.publishEmployer())
                .setTitle(text(v.title())).setDescription(text(v.description())).setIsco(text(v.isco()))
                .setMunicipality(w == null ? "" : w.municipality()).setProvince(w == null ? "" : text(w.province()))
                .setLat(w != null && w.located() ? w.lat() : Double.NaN)
                .setLon(w != null && w.located() ? w.lon() : Double.NaN)
                .setContract(v.contract() == null ? "" : v.contract().name())
                .setHours(v.hours() == null ? "" : v.hours().name())
                .setPositions(v.positions()).setMinIsced(r.minIsced()).setYearsExperience(r.yearsExperience())
                .addAllSkills(r.skills())
                .setPublishOn(v.publishOn() == null ? "" : v.publishOn().toString())
                .setExpiresOn(v.expiresOn() == null ? "" : v.expiresOn().toString())
                .setStatus(v.status().name()).setOutcome(v.outcome() == null ? "" : v.outcome().name())
                .setVersion(v.version()).setReference(v.reference());
        r.languages().forEach(l -> b.addLanguages(LanguageRequirementMsg.newBuilder().setCode(l.code())
                .setLevel(l.level().name())));
        r.licences().stream().sorted().forEach(l -> b.addLicences(l.name()));
        return b.build();
    }

    public static Vacancy vacancyFromMsg(VacancyMsg m) {
        List<LanguageRequirement> languages = new ArrayList<>();
        m.getLanguagesList().forEach(l -> languages.add(new LanguageRequirement(l.getCode(),
                known(CefrLevel.class, l.getLevel(), "CEFR level"))));
        Set<DrivingLicence> licences = EnumSet.noneOf(DrivingLicence.class);
        m.getLicencesList().forEach(l -> licences.add(known(DrivingLicence.class, l, "driving licence")));
        boolean located = !Double.isNaN(m.getLat()) && !Double.isNaN(m.getLon()) && !(m.getLat() == 0 && m.getLon() == 0);
        Workplace w = m.getMunicipality().isBlank() ? new Workplace("", null, null, null)
                : new Workplace(m.getMunicipality(), m.getProvince().isBlank() ? null : m.getProvince(),
                located ? m.getLat() : null, located ? m.getLon() : null);
        return new Vacancy(m.getId().isBlank() ? null : uuid(m.getId()), m.getEmployerCode(), m.getEmployerName(),
                m.getEmployerContact(), m.getPublishEmployer(), m.getTitle(), m.getDescription(), m.getIsco(), w,
                m.getContract().isBlank() ? null : known(ContractType.class, m.getContract(), "contract"),
                m.getHours().isBlank() ? null : known(OfferHours.class, m.getHours(), "hours"), m.getPositions(),
                new Requirements(m.getMinIsced(), m.getYearsExperience(), m.getSkillsList(), languages, licences),
                date(m.getPublishOn(), "publish_on"), date(m.getExpiresOn(), "expires_on"),
                m.getStatus().isBlank() ? Vacancy.Status.OPEN : known(Vacancy.Status.class, m.getStatus(), "status"),
                m.getOutcome().isBlank() ? null : known(Vacancy.Outcome.class, m.getOutcome(), "outcome"),
                m.getVersion());
    }

    public static VacancyCheckMsg checkToMsg(List<VacancyField> missing) {
        return VacancyCheckMsg.newBuilder().addAllMissing(missing.stream().map(Enum::name).toList()).build();
    }

    public static List<VacancyField> checkFromMsg(VacancyCheckMsg m) {
        return m.getMissingList().stream().map(f -> known(VacancyField.class, f, "field")).toList();
    }

    public static VacancyCandidateMsg toMsg(Candidate c) {
        VacancyCandidateMsg.Builder b = VacancyCandidateMsg.newBuilder().setTaxCode(c.codiceFiscale())
                .setName(c.name()).setScore(c.fit().score())
                .setLastOutcome(c.lastOutcome() == null ? "" : c.lastOutcome().name());
        c.fit().reasons().forEach(r -> b.addReasons(toMsg(r)));
        return b.build();
    }

    public static Candidate candidateFromMsg(VacancyCandidateMsg m) {
        List<FitReason> reasons = m.getReasonsList().stream().map(VacancyWire::reasonFromMsg).toList();
        return new Candidate(m.getTaxCode(), m.getName(), new Fit(m.getScore(), reasons),
                m.getLastOutcome().isBlank() ? null : known(ContactOutcome.class, m.getLastOutcome(), "outcome"));
    }

    public static FitReasonMsg toMsg(FitReason r) {
        return FitReasonMsg.newBuilder().setAspect(r.aspect().name()).setMet(r.met()).addAllArgs(r.args()).build();
    }

    public static FitReason reasonFromMsg(FitReasonMsg m) {
        return new FitReason(known(FitReason.Aspect.class, m.getAspect(), "aspect"), m.getMet(), m.getArgsList());
    }

    public static VacancyContactMsg toMsg(Contact c) {
        return VacancyContactMsg.newBuilder().setId(c.id() == null ? "" : c.id().toString())
                .setTaxCode(c.codiceFiscale()).setName(text(c.name()))
                .setAt(c.at() == null ? "" : c.at().toString()).setOperator(text(c.operator()))
                .setOutcome(c.outcome().name()).setShareContact(c.shareContact()).setNote(text(c.note())).build();
    }

    public static Contact contactFromMsg(VacancyContactMsg m, UUID vacancy) {
        return new Contact(m.getId().isBlank() ? null : uuid(m.getId()), vacancy, m.getTaxCode(), m.getName(),
                m.getAt().isBlank() ? null : Instant.parse(m.getAt()), m.getOperator(),
                known(ContactOutcome.class, m.getOutcome(), "outcome"), m.getShareContact(), m.getNote());
    }

    public static UUID uuid(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a vacancy id: " + text);
        }
    }

    public static <E extends Enum<E>> E known(Class<E> type, String name, String field) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException(field + " is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " is not an ISO date (YYYY-MM-DD): " + text);
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
