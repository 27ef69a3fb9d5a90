package org.sportello.server.offers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.sportello.model.offers.ContractType;
import org.sportello.model.offers.JobOffer;
import org.sportello.model.offers.LanguageRequirement;
import org.sportello.model.offers.OfferHours;
import org.sportello.model.offers.OfferPublisher;
import org.sportello.model.offers.OfferSource;
import org.sportello.model.offers.Requirements;
import org.sportello.model.offers.Workplace;
import org.sportello.model.profile.CefrLevel;
import org.sportello.model.profile.DrivingLicence;

/** {@code job_offer} rows to {@link JobOffer} values and back (V12_1 says how the lists are joined). */
final class OfferRows {
    static final String COLUMNS = "id, source, title, description, employer, municipality, province, lat, lon, isco,"
            + " contract, hours, positions, published, expires, min_isced, years_experience, skills, languages,"
            + " licences, how_to_apply, publisher_name, publisher_address, publisher_ref, publisher_phone";

    private OfferRows() {
    }

    static void upsert(Connection c, Collection<JobOffer> offers, OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO job_offer (" + COLUMNS + ", changed_at) KEY (id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int batched = 0;
            for (JobOffer o : offers) {
                Workplace w = o.workplace();
                Requirements r = o.requirements();
                ps.setString(1, o.id());
                ps.setString(2, o.source().name());
                ps.setString(3, o.title());
                ps.setString(4, o.description() == null ? "" : o.description());
                ps.setString(5, o.employer());
                ps.setString(6, w.municipality());
                ps.setString(7, w.province());
                if (w.located()) {
                    ps.setDouble(8, w.lat());
                    ps.setDouble(9, w.lon());
                } else {
                    ps.setNull(8, Types.DOUBLE);
                    ps.setNull(9, Types.DOUBLE);
                }
                ps.setString(10, o.isco());
                ps.setString(11, o.contract().name());
                ps.setString(12, o.hours().name());
                ps.setInt(13, o.positions());
                ps.setObject(14, o.published());
                ps.setObject(15, o.expires());
                ps.setInt(16, r.minIsced());
                ps.setInt(17, r.yearsExperience());
                ps.setString(18, String.join("\n", r.skills()));
                ps.setString(19, r.languages().stream().map(l -> l.code() + ":" + l.level().name())
                        .collect(Collectors.joining(",")));
                ps.setString(20, r.licences().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
                ps.setString(21, o.howToApply());
                OfferPublisher p = o.publisher();
                ps.setString(22, p == null ? null : p.officeName());
                ps.setString(23, p == null ? null : p.address());
                ps.setString(24, p == null ? null : p.reference());
                ps.setString(25, p == null ? null : p.phone());
                ps.setObject(26, now);
                ps.addBatch();
                if (++batched % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    static void delete(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM job_offer WHERE id = ?")) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
    }

    static List<JobOffer> select(Connection c, String where, Object... args) throws SQLException {
        List<JobOffer> out = new ArrayList<>();
        each(c, where, out::add, args);
        return out;
    }

    /** Streams the rows to {@code each} without holding them all (an index rebuild of 100,000 offers). */
    static void each(Connection c, String where, Consumer<JobOffer> each, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM job_offer " + where)) {
            ps.setFetchSize(1000);
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    each.accept(read(rs));
                }
            }
        }
    }

    private static JobOffer read(ResultSet rs) throws SQLException {
        double lat = rs.getDouble(8);
        Double la = rs.wasNull() ? null : lat;
        double lon = rs.getDouble(9);
        Double lo = rs.wasNull() ? null : lon;
        Workplace w = new Workplace(rs.getString(6), rs.getString(7), la, lo);
        Requirements r = new Requirements(rs.getInt(16), rs.getInt(17), split(rs.getString(18), "\n"),
                languages(rs.getString(19)), licences(rs.getString(20)));
        return new JobOffer(rs.getString(1), OfferSource.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), w, rs.getString(10), ContractType.valueOf(rs.getString(11)),
                OfferHours.valueOf(rs.getString(12)), rs.getInt(13), rs.getObject(14, LocalDate.class),
                rs.getObject(15, LocalDate.class), r, rs.getString(21),
                rs.getString(22) == null ? null : new OfferPublisher(rs.getString(22), rs.getString(23), rs.getString(25),
                        rs.getString(24)));
    }

    private static List<String> split(String joined, String by) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(by));
    }

    private static List<LanguageRequirement> languages(String joined) {
        List<LanguageRequirement> out = new ArrayList<>();
        for (String one : split(joined, ",")) {
            int colon = one.indexOf(':');
            out.add(new LanguageRequirement(one.substring(0, colon), CefrLevel.valueOf(one.substring(colon + 1))));
        }
        return out;
    }

    private static Set<DrivingLicence> licences(String joined) {
        Set<DrivingLicence> out = EnumSet.noneOf(DrivingLicence.class);
        for (String one : split(joined, ",")) {
            out.add(DrivingLicence.valueOf(one));
        }
        return out;
    }
}
