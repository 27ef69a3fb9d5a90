package org.sportello.server.profile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sportello.model.profile.Address;
import org.sportello.model.profile.Availability;
import org.sportello.model.profile.CefrLevel;
import org.sportello.model.profile.CitizenProfile;
import org.sportello.model.profile.DrivingLicence;
import org.sportello.model.profile.Education;
import org.sportello.model.profile.EducationTitle;
import org.sportello.model.profile.Experience;
import org.sportello.model.profile.LanguageSkill;
import org.sportello.model.profile.Personal;
import org.sportello.model.profile.Professional;
import org.sportello.model.profile.Shift;
import org.sportello.model.profile.WorkingHours;

/** A profile to and from the rows of V11_5 (person, person_profile and the list tables). No rules. */
final class ProfileRows {
    private ProfileRows() {
    }

    /** The profile of {@code personId}; version 0 while it has no person_profile row. */
    static CitizenProfile read(Connection c, UUID personId) throws SQLException {
        String tax;
        String family;
        String given;
        String birthPlace;
        LocalDate born;
        try (PreparedStatement ps = c.prepareStatement("SELECT tax_code, family_name, given_names, birth_place_name,"
                + " birth_date FROM person WHERE id = ?")) {
            ps.setObject(1, personId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                tax = rs.getString(1);
                family = rs.getString(2);
                given = rs.getString(3);
                birthPlace = rs.getString(4);
                born = rs.getObject(5, LocalDate.class);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT citizenship, residence_street, residence_postcode,"
                + " residence_town, residence_province, domicile_street, domicile_postcode, domicile_town,"
                + " domicile_province, phone, email, working_hours, shifts, travel_km, licences, version"
                + " FROM person_profile WHERE person_id = ?")) {
            ps.setObject(1, personId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    Personal personal = new Personal(family, given, birthPlace, null, null, null, null, null);
                    return new CitizenProfile(tax, born, 0, personal, Professional.EMPTY);
                }
                Personal personal = new Personal(family, given, birthPlace, rs.getString(1),
                        new Address(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                        new Address(rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)),
                        rs.getString(10), rs.getString(11));
                Availability availability = new Availability(WorkingHours.valueOf(rs.getString(12)),
                        names(rs.getString(13), Shift.class), rs.getInt(14));
                Set<DrivingLicence> licences = names(rs.getString(15), DrivingLicence.class);
                long version = rs.getLong(16);
                Professional professional = new Professional(education(c, personId), experience(c, personId),
                        skills(c, personId), languages(c, personId), licences, availability);
                return new CitizenProfile(tax, born, version, personal, professional);
            }
        }
    }

    /** Writes every column of the profile and replaces its lists; the caller has checked the version. */
    static void write(Connection c, UUID personId, CitizenProfile p) throws SQLException {
        Personal s = p.personal();
        Professional w = p.professional();
        try (PreparedStatement ps = c.prepareStatement("UPDATE person_profile SET citizenship = ?,"
                + " residence_street = ?, residence_postcode = ?, residence_town = ?, residence_province = ?,"
                + " domicile_street = ?, domicile_postcode = ?, domicile_town = ?, domicile_province = ?,"
                + " phone = ?, email = ?, working_hours = ?, shifts = ?, travel_km = ?, licences = ?"
                + " WHERE person_id = ?")) {
            int i = 1;
            ps.setString(i++, s.citizenship());
            i = address(ps, i, s.residence());
            i = address(ps, i, s.domicile());
            ps.setString(i++, s.phone());
            ps.setString(i++, s.email());
            ps.setString(i++, w.availability().hours().name());
            ps.setString(i++, joined(w.availability().shifts()));
            ps.setInt(i++, w.availability().travelKm());
            ps.setString(i++, joined(w.licences()));
            ps.setObject(i, personId);
            ps.executeUpdate();
        }
        for (String table : List.of("person_education", "person_experience", "person_skill", "person_language")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE person_id = ?")) {
                ps.setObject(1, personId);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO person_education (person_id, position, title,"
                + " isced, field, institution, year_done) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int pos = 0;
            for (Education e : w.education()) {
                ps.setObject(1, personId);
                ps.setInt(2, pos++);
                ps.setString(3, e.title().name());
                ps.setInt(4, e.title().isced());
                ps.setString(5, e.field());
                ps.setString(6, e.institution());
                ps.setObject(7, e.year());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO person_experience (person_id, position, employer,"
                + " occupation_code, role, from_on, to_on) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int pos = 0;
            for (Experience e : w.experience()) {
                ps.setObject(1, personId);
                ps.setInt(2, pos++);
                ps.setString(3, e.employer());
                ps.setString(4, e.occupationCode());
                ps.setString(5, e.role());
                ps.setObject(6, e.from());
                ps.setObject(7, e.to());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO person_skill (person_id, position, skill)"
                + " VALUES (?, ?, ?)")) {
            int pos = 0;
            for (String skill : w.skills()) {
                ps.setObject(1, personId);
                ps.setInt(2, pos++);
                ps.setString(3, skill);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO person_language (person_id, position, language,"
                + " cefr) VALUES (?, ?, ?, ?)")) {
            int pos = 0;
            for (LanguageSkill l : w.languages()) {
                ps.setObject(1, personId);
                ps.setInt(2, pos++);
                ps.setString(3, l.language());
                ps.setString(4, l.level().name());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static int address(PreparedStatement ps, int i, Address a) throws SQLException {
        ps.setString(i++, a.street());
        ps.setString(i++, a.postcode());
        ps.setString(i++, a.municipality());
        ps.setString(i++, a.province());
        return i;
    }

    private static List<Education> education(Connection c, UUID id) throws SQLException {
        List<Education> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT title, field, institution, year_done FROM"
                + " person_education WHERE person_id = ? ORDER BY position")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Education(EducationTitle.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                            (Integer) rs.getObject(4)));
                }
            }
        }
        return out;
    }

    private static List<Experience> experience(Connection c, UUID id) throws SQLException {
        List<Experience> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT employer, occupation_code, role, from_on, to_on FROM"
                + " person_experience WHERE person_id = ? ORDER BY position")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Experience(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)));
                }
            }
        }
        return out;
    }

    private static List<String> skills(Connection c, UUID id) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT skill FROM person_skill WHERE person_id = ?"
                + " ORDER BY position")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static List<LanguageSkill> languages(Connection c, UUID id) throws SQLException {
        List<LanguageSkill> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT language, cefr FROM person_language"
                + " WHERE person_id = ? ORDER BY position")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new LanguageSkill(rs.getString(1), CefrLevel.valueOf(rs.getString(2))));
                }
            }
        }
        return out;
    }

    private static <E extends Enum<E>> Set<E> names(String joined, Class<E> type) {
        if (joined == null || joined.isBlank()) {
            return Set.of();
        }
        EnumSet<E> set = EnumSet.noneOf(type);
        Arrays.stream(joined.split(",")).map(String::strip).forEach(n -> set.add(Enum.valueOf(type, n)));
        return set;
    }

    private static String joined(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
