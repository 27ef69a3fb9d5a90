package org.sportello.server.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sportello.model.offers.JobOffer;
import org.sportello.model.offers.OfferSource;
import org.sportello.model.offers.Requirements;
import org.sportello.model.offers.Workplace;
import org.sportello.model.sync.SyncFault;
import org.sportello.model.vacancies.Vacancy;
import org.sportello.server.vacancies.VacancyRows;

/**
 * Sends the office's vacancies to central (central V5_2, V5_3 and V5_4, ADR 37): the rows whose version central has not
 * confirmed (office V13_6's pushed_version is the outbox), in bounded batches, each batch one central
 * transaction, recorded here only after central committed. What goes is the vacancy as another office's
 * catalogue shows it ({@link Vacancy#toOffer}: the employer's name and contact only when the company agreed)
 * plus whether it is still open; never the employer's code, and nothing of the citizens contacted or
 * shortlisted, which live in other tables this class does not read. Each row names this office (its set-up's
 * code, name, address and phone): where a citizen elsewhere applies when the company kept its contacts reserved.
 */
final class VacancyPush {
    /** Central's columns, in the order {@link #row} fills them. */
    static final List<String> COLUMNS = List.of("id", "office_id", "title", "description", "employer",
            "how_to_apply", "municipality", "province", "lat", "lon", "isco", "contract", "hours", "positions",
            "published", "expires", "min_isced", "years_experience", "skills", "languages", "licences", "status",
            "version", "office_code", "office_name", "office_address", "office_phone");

    private static final String UPSERT = "INSERT INTO public.vacancy (" + String.join(", ", COLUMNS) + ") VALUES ("
            + String.join(", ", Collections.nCopies(COLUMNS.size(), "?")) + ") ON CONFLICT (id) DO UPDATE SET "
            + COLUMNS.stream().filter(c -> !c.equals("id") && !c.equals("office_id"))
                    .map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "))
            + " WHERE public.vacancy.version < EXCLUDED.version";

    /** The office as every other office's catalogue names it: its central id and its set-up's public identity. */
    record Publishing(UUID officeId, String code, String name, String address, String phone) {
        static Publishing read(Connection office, UUID officeId) throws SQLException {
            try (PreparedStatement ps = office.prepareStatement("SELECT code, name, address, phone FROM office"
                    + " WHERE id = ?")) {
                ps.setObject(1, officeId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new Publishing(officeId, rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4));
                }
            }
        }
    }

    private VacancyPush() {
    }

    /**
     * Central has the vacancy table with the publishing office's columns (V5_2, V5_3, V5_4); an older central is
     * refused with the remedy, before anything moves.
     */
    static void requireCentralTable(Connection central) throws SQLException {
        try (PreparedStatement ps = central.prepareStatement("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute"
                + " WHERE attrelid = pg_catalog.to_regclass('public.vacancy') AND attname = 'office_phone'"
                + " AND NOT attisdropped)");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            boolean present = rs.getBoolean(1);
            if (!central.getAutoCommit()) {
                central.commit();
            }
            if (!present) {
                throw SyncException.refused(SyncFault.VERSION_MISMATCH, "central has no table for vacancies yet, or an"
                        + " older one: run \"sportello central init\" there from this version; the vacancies wait here");
            }
        }
    }

    /** One batch; returns how many vacancies went (0 when none were waiting). */
    static int pushOnce(Connection central, Connection office, OfficeIdentity me, int limit) throws SQLException {
        List<Vacancy> waiting = pending(office, limit);
        if (waiting.isEmpty()) {
            return 0;
        }
        Publishing publishing = Publishing.read(office, me.id());
        central.setAutoCommit(false);
        try {
            try (PreparedStatement ps = central.prepareStatement(UPSERT)) {
                for (Vacancy v : waiting) {
                    Rows.bind(ps, 1, row(publishing, v));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            central.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                central.rollback();
            } catch (SQLException ignored) {
                // The connection is gone: the server rolls back by itself.
            }
            throw e;
        }
        record(office, waiting);
        return waiting.size();
    }

    /** The central row of a vacancy: its offer fields, its state and version, in {@link #COLUMNS} order. */
    static Object[] row(Publishing office, Vacancy v) {
        JobOffer o = v.toOffer(OfferSource.OTHER_OFFICE);
        Workplace w = o.workplace();
        Requirements r = o.requirements();
        return new Object[] {v.id(), office.officeId(), o.title(), o.description() == null ? "" : o.description(),
            o.employer(), o.howToApply(), w.municipality(), w.province(), w.lat(), w.lon(), o.isco(),
            o.contract().name(), o.hours().name(), o.positions(), o.published(), o.expires(), r.minIsced(),
            r.yearsExperience(), String.join("\n", r.skills()),
            r.languages().stream().map(l -> l.code() + ":" + l.level().name()).collect(Collectors.joining(",")),
            r.licences().stream().sorted().map(Enum::name).collect(Collectors.joining(",")), v.status().name(),
            v.version(), office.code(), office.name(), office.address(), office.phone()};
    }

    private static List<Vacancy> pending(Connection office, int limit) throws SQLException {
        List<Vacancy> out = new ArrayList<>();
        try (PreparedStatement ps = office.prepareStatement("SELECT " + VacancyRows.COLUMNS + " FROM vacancy"
                + " WHERE pushed_version < version ORDER BY id LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(VacancyRows.read(rs));
                }
            }
        }
        return out;
    }

    /** What central now has; a change made meanwhile (a higher version) still waits for the next batch. */
    private static void record(Connection office, List<Vacancy> sent) throws SQLException {
        try (PreparedStatement ps = office.prepareStatement("UPDATE vacancy SET pushed_version = ?"
                + " WHERE id = ? AND pushed_version < ?")) {
            for (Vacancy v : sent) {
                Rows.bind(ps, 1, v.version(), v.id(), v.version());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
