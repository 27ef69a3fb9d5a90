package org.sportello.server.offers;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sportello.model.offers.ContractType;
import org.sportello.model.offers.JobOffer;
import org.sportello.model.offers.LanguageRequirement;
import org.sportello.model.offers.OfferHours;
import org.sportello.model.offers.OfferSource;
import org.sportello.model.offers.Requirements;
import org.sportello.model.offers.Workplace;
import org.sportello.model.profile.CefrLevel;
import org.sportello.model.profile.DrivingLicence;

/**
 * {@code sportello offers import}: JSON Lines, one offer per line (README, "Job offers and courses").
 * Fields as issue 12 lists them ({@code id title description employer municipality province lat lon isco
 * contract hours published expires education skills languages licences}) and three optional ones the
 * desk's vacancies also have ({@code positions}, {@code experience} in years, {@code how_to_apply}).
 */
public final class OfferLines {
    public static final Set<String> FIELDS = Set.of("id", "title", "description", "employer", "municipality",
            "province", "lat", "lon", "isco", "contract", "hours", "published", "expires", "education", "skills",
            "languages", "licences", "positions", "experience", "how_to_apply");
    public static final int MAX_OFFERS = 200_000;
    static final int MAX_SKILLS = 30;
    static final int MAX_SKILL = 100;

    private OfferLines() {
    }

    public static ImportReport<JobOffer> read(Reader in, OfferTexts texts) throws IOException {
        return ImportFile.read(in, line -> offer(JsonLine.parse(line, FIELDS, texts)), JobOffer::id, MAX_OFFERS, texts);
    }

    static JobOffer offer(JsonLine j) {
        OfferTexts t = j.texts();
        String id = j.id();
        String title = j.text("title", 200, true);
        String description = j.text("description", 4000, false);
        String employer = j.text("employer", 200, false);
        String municipality = j.text("municipality", Place.MAX_NAME, true);
        String province = j.text("province", 2, false);
        if (province != null && !province.matches("[A-Za-z]{2}")) {
            throw new JsonLine.Refused(t.text("import.bad-province", province));
        }
        Double lat = null;
        Double lon = null;
        if (j.has("lat") || j.has("lon")) {
            if (!j.has("lat") || !j.has("lon")) {
                throw new JsonLine.Refused(t.text("import.lat-lon"));
            }
            lat = j.number("lat", 0);
            lon = j.number("lon", 0);
            if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
                throw new JsonLine.Refused(t.text("import.bad-coordinates"));
            }
        }
        String isco = j.text("isco", 4, false);
        if (isco != null && !isco.matches("\\d{1,4}")) {
            throw new JsonLine.Refused(t.text("import.bad-isco", isco));
        }
        String contractText = j.text("contract", 20, true);
        ContractType contract = ContractType.parse(contractText).orElseThrow(() -> new JsonLine.Refused(
                t.text("import.bad-choice", "contract", contractText, "permanent, fixed-term, apprenticeship, internship, temporary")));
        String hoursText = j.text("hours", 10, true);
        OfferHours hours = OfferHours.parse(hoursText).orElseThrow(() -> new JsonLine.Refused(
                t.text("import.bad-choice", "hours", hoursText, "full, part")));
        LocalDate published = j.date("published", true);
        LocalDate expires = j.date("expires", true);
        if (expires.isBefore(published)) {
            throw new JsonLine.Refused(t.text("import.expires-before"));
        }
        int education = j.integer("education", -1, 0, 8);
        int experience = j.integer("experience", 0, 0, 60);
        int positions = j.integer("positions", 1, 1, 10_000);
        List<String> skills = j.texts("skills", MAX_SKILLS, MAX_SKILL);
        List<LanguageRequirement> languages = new ArrayList<>();
        for (JsonObject l : j.objects("languages", 10)) {
            languages.add(language(l, t));
        }
        Set<DrivingLicence> licences = EnumSet.noneOf(DrivingLicence.class);
        for (String l : j.texts("licences", DrivingLicence.values().length, 3)) {
            try {
                licences.add(DrivingLicence.valueOf(l.toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new JsonLine.Refused(t.text("import.bad-licence", l));
            }
        }
        String howToApply = j.text("how_to_apply", 1000, false);
        return new JobOffer(id, OfferSource.IMPORTED, title, description, employer,
                new Workplace(municipality, province, lat, lon), isco, contract, hours, positions, published, expires,
                new Requirements(education, experience, skills, languages, licences), howToApply);
    }

    private static LanguageRequirement language(JsonObject l, OfferTexts t) {
        for (String k : l.keySet()) {
            if (!k.equals("code") && !k.equals("level")) {
                throw new JsonLine.Refused(t.text("import.unknown-field", "languages." + k));
            }
        }
        var code = l.get("code");
        var level = l.get("level");
        if (code == null || !code.isJsonPrimitive() || !code.getAsString().strip().matches("[A-Za-z]{2,3}")) {
            throw new JsonLine.Refused(t.text("import.bad-language"));
        }
        try {
            return new LanguageRequirement(code.getAsString(), CefrLevel.valueOf(
                    level == null || !level.isJsonPrimitive() ? "" : level.getAsString().strip().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new JsonLine.Refused(t.text("import.bad-language"));
        }
    }
}
