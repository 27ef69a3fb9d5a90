package org.sportello.server.vacancies;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sportello.model.offers.ContractType;
import org.sportello.model.offers.LanguageRequirement;
import org.sportello.model.offers.OfferHours;
import org.sportello.model.offers.Requirements;
import org.sportello.model.offers.Workplace;
import org.sportello.model.profile.CefrLevel;
import org.sportello.model.profile.DrivingLicence;
import org.sportello.model.vacancies.Vacancy;

/** A vacancy to and from its row of V12_10 (and the same columns at central). No rules. */
public final class VacancyRows {
    /** The columns {@link #read} expects, in order. */
    public static final String COLUMNS = "id, employer_code, employer_name, employer_contact, publish_employer, title,"
            + " description, isco, municipality, province, lat, lon, contract, hours, positions, min_isced,"
            + " years_experience, skills, languages, licences, publish_on, expires_on, status, outcome, version";

    private VacancyRows() {
    }

    public static Vacancy read(ResultSet rs) throws SQLException {
        int i = 1;
        UUID id = rs.getObject(i++, UUID.class);
        String code = rs.getString(i++);
        String name = rs.getString(i++);
        String contact = rs.getString(i++);
        boolean publish = rs.getBoolean(i++);
        String title = rs.getString(i++);
        String description = rs.getString(i++);
        String isco = rs.getString(i++);
        String municipality = rs.getString(i++);
        String province = rs.getString(i++);
        Double lat = rs.getObject(i++, Double.class);
        Double lon = rs.getObject(i++, Double.class);
        ContractType contract = ContractType.valueOf(rs.getString(i++));
        OfferHours hours = OfferHours.valueOf(rs.getString(i++));
        int positions = rs.getInt(i++);
        int isced = rs.getInt(i++);
        int years = rs.getInt(i++);
        List<String> skills = lines(rs.getString(i++));
        List<LanguageRequirement> languages = languages(rs.getString(i++));
        Set<DrivingLicence> licences = licences(rs.getString(i++));
        LocalDate publishOn = rs.getObject(i++, LocalDate.class);
        LocalDate expiresOn = rs.getObject(i++, LocalDate.class);
        Vacancy.Status status = Vacancy.Status.valueOf(rs.getString(i++));
        String outcome = rs.getString(i++);
        long version = rs.getLong(i);
        return new Vacancy(id, code, name, contact, publish, title, description, isco,
                new Workplace(municipality, province, lat, lon), contract, hours, positions,
                new Requirements(isced, years, skills, languages, licences), publishOn, expiresOn, status,
                outcome == null ? null : Vacancy.Outcome.valueOf(outcome), version);
    }

    /** Sets the requirement and place columns from {@code at}: municipality … licences, publish_on, expires_on. */
    static int bindContent(PreparedStatement ps, int at, Vacancy v) throws SQLException {
        int i = at;
        ps.setString(i++, v.employerCode());
        ps.setString(i++, v.employerName());
        ps.setString(i++, v.employerContact());
        ps.setBoolean(i++, v.publishEmployer());
        ps.setString(i++, v.title());
        ps.setString(i++, v.description());
        ps.setString(i++, v.isco());
        Workplace w = v.workplace();
        ps.setString(i++, w.municipality());
        ps.setString(i++, w.province());
        if (w.located()) {
            ps.setDouble(i++, w.lat());
            ps.setDouble(i++, w.lon());
        } else {
            ps.setNull(i++, Types.DOUBLE);
            ps.setNull(i++, Types.DOUBLE);
        }
        ps.setString(i++, v.contract().name());
        ps.setString(i++, v.hours().name());
        ps.setInt(i++, v.positions());
        Requirements r = v.requirements();
        ps.setInt(i++, r.minIsced());
        ps.setInt(i++, r.yearsExperience());
        ps.setString(i++, String.join("\n", r.skills()));
        ps.setString(i++, r.languages().stream().map(l -> l.code() + ":" + l.level()).collect(Collectors.joining(",")));
        ps.setString(i++, r.licences().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
        ps.setObject(i++, v.publishOn());
        ps.setObject(i++, v.expiresOn());
        return i;
    }

    private static List<String> lines(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split("\n")).toList();
    }

    private static List<LanguageRequirement> languages(String s) {
        List<LanguageRequirement> out = new ArrayList<>();
        if (s != null && !s.isBlank()) {
            for (String part : s.split(",")) {
                String[] cl = part.split(":");
                out.add(new LanguageRequirement(cl[0], CefrLevel.valueOf(cl[1])));
            }
        }
        return out;
    }

    private static Set<DrivingLicence> licences(String s) {
        Set<DrivingLicence> out = EnumSet.noneOf(DrivingLicence.class);
        if (s != null && !s.isBlank()) {
            for (String part : s.split(",")) {
                out.add(DrivingLicence.valueOf(part));
            }
        }
        return out;
    }
}
