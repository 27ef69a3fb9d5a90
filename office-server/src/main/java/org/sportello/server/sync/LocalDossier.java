package org.sportello.server.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sportello.server.dossier.DossierState;
import org.sportello.server.dossier.DossierTables;

/**
 * One dossier's rows in the office database, as the sync moves them, and its dossier_sync state.
 *
 * @param person       columns {@link DossierTables#PERSON}
 * @param version      the office's own version of the dossier
 * @param pushedVersion the office version central has seen: a higher {@code version} is an unpushed edit
 */
record LocalDossier(UUID id, UUID officeId, Object[] person, List<Object[]> declarations, List<Object[]> movements,
                    List<Object[]> cases, List<Object[]> measures, long version, DossierState state,
                    long centralVersion, long pushedVersion) {

    boolean dirty() {
        return version > pushedVersion;
    }

    static LocalDossier read(Connection office, UUID personId) throws SQLException {
        return read(office, "p.id = ?", personId);
    }

    static LocalDossier byTaxCode(Connection office, String taxCode) throws SQLException {
        return read(office, "p.tax_code = ?", taxCode);
    }

    private static LocalDossier read(Connection office, String where, Object key) throws SQLException {
        Object[] person;
        UUID officeId;
        long version;
        DossierState state;
        long central;
        long pushed;
        try (PreparedStatement ps = office.prepareStatement("SELECT " + columns("p.", DossierTables.PERSON)
                + ", p.office_id, p.version, COALESCE(d.state, 'OWNED'), COALESCE(d.central_version, 0),"
                + " COALESCE(d.pushed_version, 0) FROM person p LEFT JOIN dossier_sync d ON d.person_id = p.id WHERE "
                + where)) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                person = Rows.read(rs, DossierTables.PERSON_TYPES);
                int n = DossierTables.PERSON.size();
                officeId = rs.getObject(n + 1, UUID.class);
                version = rs.getLong(n + 2);
                state = DossierState.valueOf(rs.getString(n + 3));
                central = rs.getLong(n + 4);
                pushed = rs.getLong(n + 5);
            }
        }
        UUID id = (UUID) person[0];
        return new LocalDossier(id, officeId, person,
                children(office, "availability_declaration", DossierTables.DECLARATION, DossierTables.DECLARATION_TYPES, id),
                children(office, "job_movement", DossierTables.MOVEMENT, DossierTables.MOVEMENT_TYPES, id),
                children(office, "person_case", DossierTables.CASE, DossierTables.CASE_TYPES, id),
                children(office, "pact_measure", DossierTables.MEASURE, DossierTables.MEASURE_TYPES, id),
                version, state, central, pushed);
    }

    private static List<Object[]> children(Connection c, String table, List<String> columns, List<String> types,
                                           UUID personId) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + DossierTables.list(columns) + " FROM " + table
                + " WHERE person_id = ? ORDER BY id")) {
            ps.setObject(1, personId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(Rows.read(rs, types));
                }
            }
        }
        return rows;
    }

    /**
     * Sets a dossier's sync state.
     *
     * @param centralVersion the central version the local copy is now based on, or -1 to keep the one recorded
     * @param pushedVersion  raises pushed_version to at least this
     */
    static void mark(Connection office, UUID personId, DossierState state, String ownerCode, long centralVersion,
                     long pushedVersion, Instant now) throws SQLException {
        try (PreparedStatement ps = office.prepareStatement("MERGE INTO dossier_sync (person_id, owner_code, state,"
                + " central_version, pushed_version, changed_at) KEY (person_id) VALUES (?, ?, ?,"
                + " CASE WHEN ? < 0 THEN COALESCE((SELECT central_version FROM dossier_sync WHERE person_id = ?), 0)"
                + " ELSE ? END,"
                + " GREATEST(?, COALESCE((SELECT pushed_version FROM dossier_sync WHERE person_id = ?), 0)), ?)")) {
            Rows.bind(ps, 1, personId, ownerCode, state.name(), centralVersion, personId, centralVersion, pushedVersion,
                    personId, SyncCursors.utc(now));
            ps.executeUpdate();
        }
    }

    /**
     * Replaces the local rows of a dossier with central's (a pulled or fetched copy): same ids, held by
     * this office's database. The local version moves on by one and counts as pushed.
     *
     * @param person columns {@link DossierTables#PERSON}
     */
    static void replace(Connection office, UUID localOffice, Object[] person, List<Object[]> declarations,
                        List<Object[]> movements, List<Object[]> cases, List<Object[]> measures) throws SQLException {
        UUID id = (UUID) person[0];
        for (String table : List.of("availability_declaration", "job_movement", "person_case", "pact_measure")) {
            try (PreparedStatement ps = office.prepareStatement("DELETE FROM " + table + " WHERE person_id = ?")) {
                ps.setObject(1, id);
                ps.executeUpdate();
            }
        }
        boolean exists;
        try (PreparedStatement ps = office.prepareStatement("SELECT 1 FROM person WHERE id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                exists = rs.next();
            }
        }
        if (exists) {
            StringBuilder set = new StringBuilder();
            for (String c : DossierTables.PERSON.subList(1, DossierTables.PERSON.size())) {
                set.append(c).append(" = ?, ");
            }
            try (PreparedStatement ps = office.prepareStatement("UPDATE person SET " + set
                    + "version = version + 1 WHERE id = ?")) {
                int i = Rows.bind(ps, 1, java.util.Arrays.copyOfRange(person, 1, person.length));
                ps.setObject(i, id);
                ps.executeUpdate();
            }
        } else {
            try (PreparedStatement ps = office.prepareStatement("INSERT INTO person (" + DossierTables.list(DossierTables.PERSON)
                    + ", office_id, version) VALUES (" + DossierTables.placeholders(DossierTables.PERSON.size()) + ", ?, 1)")) {
                int i = Rows.bind(ps, 1, person);
                ps.setObject(i, localOffice);
                ps.executeUpdate();
            }
        }
        insert(office, "availability_declaration", DossierTables.DECLARATION, declarations, localOffice);
        insert(office, "job_movement", DossierTables.MOVEMENT, movements, localOffice);
        insert(office, "person_case", DossierTables.CASE, cases, localOffice);
        insert(office, "pact_measure", DossierTables.MEASURE, measures, localOffice);
    }

    private static void insert(Connection office, String table, List<String> columns, List<Object[]> rows,
                               UUID localOffice) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = office.prepareStatement("INSERT INTO " + table + " (office_id, "
                + DossierTables.list(columns) + ") VALUES (?, " + DossierTables.placeholders(columns.size()) + ")")) {
            for (Object[] row : rows) {
                ps.setObject(1, localOffice);
                Rows.bind(ps, 2, row);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static long localVersion(Connection office, UUID personId) throws SQLException {
        try (PreparedStatement ps = office.prepareStatement("SELECT version FROM person WHERE id = ?")) {
            ps.setObject(1, personId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static String columns(String prefix, List<String> names) {
        return String.join(", ", names.stream().map(n -> prefix + n).toList());
    }
}
