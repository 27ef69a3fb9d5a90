package org.sportello.server.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
record LocalDossier(UUID id, UUID officeId, Object[] person, Map<DossierTables.Child, List<Object[]>> children,
                    long version, DossierState state, long centralVersion, long pushedVersion) {

    /** One child table's rows, columns {@link DossierTables.Child#columns()}. */
    List<Object[]> rows(DossierTables.Child child) {
        return children.getOrDefault(child, List.of());
    }

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
        return new LocalDossier(id, officeId, person, children(office, id), version, state, central, pushed);
    }

    /** Every child table's rows of one dossier, from the office or from central (same tables, same columns). */
    static Map<DossierTables.Child, List<Object[]>> children(Connection c, UUID personId) throws SQLException {
        Map<DossierTables.Child, List<Object[]>> all = new LinkedHashMap<>();
        for (DossierTables.Child child : DossierTables.CHILDREN) {
            all.put(child, children(c, child, personId));
        }
        return all;
    }

    private static List<Object[]> children(Connection c, DossierTables.Child child, UUID personId) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + DossierTables.list(child.columns()) + " FROM "
                + child.table() + " WHERE person_id = ? ORDER BY " + child.order())) {
            ps.setObject(1, personId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(Rows.read(rs, child.types()));
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
     * this office's database. The local version moves on by one and counts as pushed. Child rows are
     * updated in place by their key and only the ones central no longer has are deleted, so the office's
     * own records that point at them (a company communication's job movement) stay valid.
     *
     * @param person columns {@link DossierTables#PERSON}
     */
    static void replace(Connection office, UUID localOffice, Object[] person,
                        Map<DossierTables.Child, List<Object[]>> children) throws SQLException {
        UUID id = (UUID) person[0];
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
        // Removals first, children before the rows they may name; then the incoming rows, parents first.
        for (DossierTables.Child child : DossierTables.CHILDREN.reversed()) {
            removeOthers(office, child, id, children.getOrDefault(child, List.of()));
        }
        for (DossierTables.Child child : DossierTables.CHILDREN) {
            merge(office, child, children.getOrDefault(child, List.of()), localOffice);
        }
    }

    private static void removeOthers(Connection office, DossierTables.Child child, UUID personId, List<Object[]> keep)
            throws SQLException {
        int[] at = keyIndexes(child);
        Set<List<Object>> kept = new HashSet<>();
        for (Object[] row : keep) {
            kept.add(key(row, at));
        }
        List<Object[]> gone = new ArrayList<>();
        try (PreparedStatement ps = office.prepareStatement("SELECT " + child.order() + " FROM " + child.table()
                + " WHERE person_id = ?")) {
            ps.setObject(1, personId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object[] k = Rows.read(rs, java.util.Arrays.stream(at).mapToObj(child.types()::get).toList());
                    if (!kept.contains(List.of(k))) {
                        gone.add(k);
                    }
                }
            }
        }
        if (gone.isEmpty()) {
            return;
        }
        String where = String.join(" AND ", child.key().stream().map(c -> c + " = ?").toList());
        // A job movement a company communication of this office stands on stays, whatever central says.
        String guard = child == DossierTables.MOVEMENTS
                ? " AND id NOT IN (SELECT job_movement_id FROM company_communication)" : "";
        try (PreparedStatement ps = office.prepareStatement("DELETE FROM " + child.table() + " WHERE " + where + guard)) {
            for (Object[] k : gone) {
                Rows.bind(ps, 1, k);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void merge(Connection office, DossierTables.Child child, List<Object[]> rows, UUID localOffice)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String held = child.officeColumn() ? "office_id, " : "";
        try (PreparedStatement ps = office.prepareStatement("MERGE INTO " + child.table() + " (" + held
                + DossierTables.list(child.columns()) + ") KEY (" + child.order() + ") VALUES ("
                + (child.officeColumn() ? "?, " : "") + DossierTables.placeholders(child.columns().size()) + ")")) {
            for (Object[] row : rows) {
                int i = 1;
                if (child.officeColumn()) {
                    ps.setObject(i++, localOffice);
                }
                Rows.bind(ps, i, row);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static int[] keyIndexes(DossierTables.Child child) {
        return child.key().stream().mapToInt(k -> child.columns().indexOf(k)).toArray();
    }

    private static List<Object> key(Object[] row, int[] at) {
        Object[] k = new Object[at.length];
        for (int i = 0; i < at.length; i++) {
            k[i] = row[at[i]];
        }
        return List.of(k);
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
