package org.sportello.server.profile;

import java.util.List;
import java.util.regex.Pattern;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.protocol.v1.AddressMsg;
import org.sportello.protocol.v1.CommunicationRequest;
import org.sportello.protocol.v1.EducationMsg;
import org.sportello.protocol.v1.ExperienceMsg;
import org.sportello.protocol.v1.LanguageMsg;
import org.sportello.protocol.v1.ProfileMsg;

/**
 * Every field of the Profiles and CompanyCommunications calls checked before the model sees it, as
 * {@code api.RequestChecks} does for the queue: sizes, counts, no control characters. A bad request is
 * refused to its sender alone (INVALID_ARGUMENT). The sizes match the columns of V11_5 and V11_6.
 */
public final class FieldChecks {
    public static final int MAX_CODE = 16;
    public static final int MAX_NAME = 100;
    public static final int MAX_TEXT = 200;
    public static final int MAX_ITEMS = 30;
    public static final int MAX_SEARCH = 60;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})?");

    private FieldChecks() {
    }

    public static String code(String value, String what) {
        text(value, what, MAX_CODE);
        if (value.isBlank()) {
            throw invalid(what + " is empty");
        }
        return value;
    }

    public static String search(String value) {
        text(value, "search text", MAX_SEARCH);
        if (value.strip().length() < OfficeProfiles.MIN_SEARCH) {
            throw invalid("search text must have at least " + OfficeProfiles.MIN_SEARCH + " characters");
        }
        return value;
    }

    public static int limit(int value) {
        if (value < 1 || value > OfficeProfiles.MAX_SEARCH_RESULTS) {
            throw invalid("limit must be 1 to " + OfficeProfiles.MAX_SEARCH_RESULTS);
        }
        return value;
    }

    public static ProfileMsg profile(ProfileMsg m) {
        code(m.getCodiceFiscale(), "codice_fiscale");
        if (m.getVersion() < 0) {
            throw invalid("version must not be negative");
        }
        text(m.getFamilyName(), "family_name", MAX_NAME);
        text(m.getGivenNames(), "given_names", MAX_NAME);
        text(m.getBirthPlace(), "birth_place", MAX_NAME);
        text(m.getCitizenship(), "citizenship", 60);
        address(m.getResidence(), "residence");
        address(m.getDomicile(), "domicile");
        text(m.getPhone(), "phone", 30);
        text(m.getEmail(), "email", 254);
        date(m.getBirthDate(), "birth_date");
        count(m.getEducationList(), "education");
        for (EducationMsg e : m.getEducationList()) {
            text(e.getTitle(), "education title", 30);
            text(e.getField(), "education field", MAX_TEXT);
            text(e.getInstitution(), "education institution", MAX_TEXT);
            if (e.getYear() != 0 && (e.getYear() < 1900 || e.getYear() > 2200)) {
                throw invalid("education year must be 1900 to 2200, or 0 when not said");
            }
        }
        count(m.getExperienceList(), "experience");
        for (ExperienceMsg e : m.getExperienceList()) {
            text(e.getEmployer(), "employer", MAX_TEXT);
            text(e.getOccupationCode(), "occupation_code", 4);
            text(e.getRole(), "role", MAX_TEXT);
            date(e.getFrom(), "from");
            date(e.getTo(), "to");
        }
        count(m.getSkillsList(), "skills");
        m.getSkillsList().forEach(s -> text(s, "a skill", MAX_TEXT));
        count(m.getLanguagesList(), "languages");
        for (LanguageMsg l : m.getLanguagesList()) {
            text(l.getLanguage(), "language", 60);
            text(l.getLevel(), "language level", 2);
        }
        count(m.getLicencesList(), "licences");
        m.getLicencesList().forEach(s -> text(s, "a licence", 4));
        count(m.getShiftsList(), "shifts");
        m.getShiftsList().forEach(s -> text(s, "a shift", 12));
        text(m.getWorkingHours(), "working_hours", 12);
        if (m.getTravelKm() < 0 || m.getTravelKm() > 1000) {
            throw invalid("travel_km must be 0 to 1000");
        }
        return m;
    }

    public static CommunicationRequest communication(CommunicationRequest m) {
        text(m.getKind(), "kind", 16);
        text(m.getEmployerCode(), "employer_code", MAX_CODE);
        text(m.getEmployerName(), "employer_name", MAX_TEXT);
        text(m.getWorkerCode(), "worker_code", MAX_CODE);
        text(m.getWorkerFamilyName(), "worker_family_name", MAX_NAME);
        text(m.getWorkerGivenNames(), "worker_given_names", MAX_NAME);
        date(m.getEventOn(), "event_on");
        date(m.getEndOn(), "end_on");
        text(m.getContractType(), "contract_type", 16);
        text(m.getOccupationCode(), "occupation_code", 4);
        if (m.getPages() < 0 || m.getPages() > 10_000) {
            throw invalid("pages must be 0 to 10000");
        }
        return m;
    }

    private static void address(AddressMsg a, String what) {
        text(a.getStreet(), what + " street", MAX_TEXT);
        text(a.getPostcode(), what + " postcode", 10);
        text(a.getMunicipality(), what + " municipality", MAX_NAME);
        text(a.getProvince(), what + " province", 2);
    }

    private static void count(List<?> items, String what) {
        if (items.size() > MAX_ITEMS) {
            throw invalid("at most " + MAX_ITEMS + " " + what + ", not " + items.size());
        }
    }

    private static void date(String value, String what) {
        if (value.length() > 10 || !DATE.matcher(value).matches()) {
            throw invalid(what + " must be a date YYYY-MM-DD or empty");
        }
    }

    private static void text(String value, String what, int max) {
        if (value.length() > max) {
            throw invalid(what + " must have at most " + max + " characters");
        }
        if (CONTROL.matcher(value).find()) {
            throw invalid(what + " must not contain control characters");
        }
    }

    private static SportelloException invalid(String what) {
        return new SportelloException(Problem.INVALID_REQUEST, what);
    }
}
