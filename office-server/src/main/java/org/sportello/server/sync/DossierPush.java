package org.sportello.server.sync;

import java.sql.Array;
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
 * Pushes the dossiers a batch's DOSSIER_CHANGED events name, inside the batch's central transaction
 * (ADR 0018). A dossier belongs to one office at a time, so central takes an office's copy only when
 * that office owns it and nobody else changed it since the version the office started from; any
 * other edit is held in sync_review with the office's whole copy, never dropped. An event already on
 * central (a re-sent batch) pushes nothing twice.
 */
final class DossierPush {
    static final String DOSSIER_CHANGED = "DOSSIER_CHANGED";
    /**
     * Why a push reads a dossier's head when it turns out to be another office's (a collision to file):
     * central logs it like any other read of another office's dossier (ADR 0027).
     */
    static final String PUSH_REASON = "sync: push of an edit made at this office";

    enum Verdict { ACCEPTED, OWNED_ELSEWHERE, CHANGED_ELSEWHERE, DUPLICATE_DOSSIER }

    /** What central made of one dossier; applied to the office after central committed. */
    record Outcome(UUID personId, long localVersion, Verdict verdict, long centralVersion, String ownerCode) {
    }

    private record Head(UUID personId, UUID ownerId, String ownerCode, long version, UUID updatedBy) {
    }

    private DossierPush() {
    }

    /** @param events office_event rows, columns {@link SyncedColumns#EVENT} */
    static List<Outcome> push(Connection central, Connection office, OfficeIdentity me, List<Object[]> events)
            throws SQLException {
        Map<UUID, UUID> lastEventByPerson = new LinkedHashMap<>();
        List<UUID> eventIds = new ArrayList<>();
        for (Object[] e : events) {
            if (DOSSIER_CHANGED.equals(e[4]) && e[11] != null) {
                eventIds.add((UUID) e[1]);
            }
        }
        if (eventIds.isEmpty()) {
            return List.of();
        }
        Set<UUID> known = onCentral(central, eventIds);
        Map<UUID, Long> acknowledgedLost = new LinkedHashMap<>();
        for (Object[] e : events) {
            if (DOSSIER_CHANGED.equals(e[4]) && e[11] != null) {
                UUID person = UUID.fromString((String) e[11]);
                if (!known.contains((UUID) e[1])) {
                    lastEventByPerson.remove(person);
                    lastEventByPerson.put(person, (UUID) e[1]);
                } else {
                    acknowledgedLost.put(person, ((Number) e[0]).longValue());
                }
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Map.Entry<UUID, Long> p : acknowledgedLost.entrySet()) {
            if (!lastEventByPerson.containsKey(p.getKey())) {
                Outcome o = acknowledgeAgain(central, office, me, p.getKey(), p.getValue());
                if (o != null) {
                    outcomes.add(o);
                }
            }
        }
        for (Map.Entry<UUID, UUID> p : lastEventByPerson.entrySet()) {
            LocalDossier local = LocalDossier.read(office, p.getKey());
            if (local == null || local.state() == DossierState.COPY) {
                continue;
            }
            outcomes.add(decide(central, me, local, p.getValue()));
        }
        return outcomes;
    }

    /**
     * A re-sent edit that central already took: the sync died after central committed and before the
     * office recorded it (ADR 0018's open case). Left alone, the office would count the edit as not
     * pushed, and every pull would skip the dossier until its next edit. When this event is the dossier's
     * latest edit (so the local copy is exactly what was pushed) and central's last write was this
     * office's own, record it now as it would have been.
     */
    private static Outcome acknowledgeAgain(Connection central, Connection office, OfficeIdentity me, UUID personId,
                                            long eventSeq) throws SQLException {
        LocalDossier local = LocalDossier.read(office, personId);
        if (local == null || !local.dirty() || local.state() != DossierState.OWNED
                || latestEdit(office, personId) != eventSeq) {
            return null;
        }
        Head head = head(central, (String) local.person()[1], false);
        if (head == null || !head.personId().equals(personId) || !head.ownerId().equals(me.id())
                || !me.id().equals(head.updatedBy())) {
            return null;
        }
        return new Outcome(personId, local.version(), Verdict.ACCEPTED, head.version(), me.code());
    }

    private static long latestEdit(Connection office, UUID personId) throws SQLException {
        try (PreparedStatement ps = office.prepareStatement("SELECT MAX(id) FROM office_event WHERE type = ?"
                + " AND detail = ?")) {
            ps.setString(1, DOSSIER_CHANGED);
            ps.setString(2, personId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Outcome decide(Connection central, OfficeIdentity me, LocalDossier local, UUID eventId)
            throws SQLException {
        String taxCode = (String) local.person()[1];
        Head head = head(central, me, taxCode);
        if (head == null) {
            insertPerson(central, me, local);
            replaceChildren(central, local);
            return new Outcome(local.id(), local.version(), Verdict.ACCEPTED, 1, me.code());
        }
        Verdict verdict;
        if (!head.personId().equals(local.id())) {
            verdict = Verdict.DUPLICATE_DOSSIER;
        } else if (!head.ownerId().equals(me.id())) {
            verdict = Verdict.OWNED_ELSEWHERE;
        } else if (head.version() != local.centralVersion() && !me.id().equals(head.updatedBy())) {
            verdict = Verdict.CHANGED_ELSEWHERE;
        } else {
            long next = head.version() + 1;
            updatePerson(central, me, local, next);
            replaceChildren(central, local);
            return new Outcome(local.id(), local.version(), Verdict.ACCEPTED, next, me.code());
        }
        review(central, local, eventId, verdict);
        return new Outcome(local.id(), local.version(), verdict, head.version(), head.ownerCode());
    }

    /** Applies central's verdicts to the office's dossier_sync, after central committed. */
    static void record(Connection office, List<Outcome> outcomes, Instant now) throws SQLException {
        for (Outcome o : outcomes) {
            DossierState state = switch (o.verdict()) {
                case ACCEPTED -> DossierState.OWNED;
                case OWNED_ELSEWHERE -> DossierState.MOVED;
                case CHANGED_ELSEWHERE, DUPLICATE_DOSSIER -> DossierState.IN_REVIEW;
            };
            // A rejected edit keeps the central version the office had: it was not based on central's.
            LocalDossier.mark(office, o.personId(), state, o.ownerCode(),
                    o.verdict() == Verdict.ACCEPTED ? o.centralVersion() : -1, o.localVersion(), now);
        }
    }

    private static Set<UUID> onCentral(Connection central, List<UUID> eventIds) throws SQLException {
        Set<UUID> known = new HashSet<>();
        try (PreparedStatement ps = central.prepareStatement(
                "SELECT event_id FROM office_event WHERE event_id = ANY (?)")) {
            Array ids = central.createArrayOf("uuid", eventIds.toArray());
            ps.setArray(1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    known.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return known;
    }

    /**
     * Central's head of a dossier, locked when this office owns it. Only the owner may lock (ADR 0027), so
     * it is read first and locked only when it is this office's; a transfer between the two reads makes the
     * locked read fail, the batch roll back and the next round see the move.
     */
    private static Head head(Connection central, OfficeIdentity me, String taxCode) throws SQLException {
        Head head = head(central, taxCode, false);
        return head != null && head.ownerId().equals(me.id()) ? head(central, taxCode, true) : head;
    }

    private static Head head(Connection central, String taxCode, boolean lock) throws SQLException {
        try (PreparedStatement ps = central.prepareStatement("SELECT person_id, owner_office_id, owner_code, version,"
                + " updated_by_office FROM dossier_head(?, ?, ?)")) {
            ps.setString(1, taxCode);
            ps.setBoolean(2, lock);
            ps.setString(3, PUSH_REASON);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new Head(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getLong(4), rs.getObject(5, UUID.class));
            }
        }
    }

    private static void insertPerson(Connection central, OfficeIdentity me, LocalDossier local) throws SQLException {
        try (PreparedStatement ps = central.prepareStatement("INSERT INTO person ("
                + DossierTables.list(DossierTables.PERSON) + ", owner_office_id, version, updated_by_office) VALUES ("
                + DossierTables.placeholders(DossierTables.PERSON.size()) + ", ?, 1, ?)")) {
            int i = Rows.bind(ps, 1, local.person());
            Rows.bind(ps, i, me.id(), me.id());
            ps.executeUpdate();
        }
    }

    private static void updatePerson(Connection central, OfficeIdentity me, LocalDossier local, long version)
            throws SQLException {
        StringBuilder set = new StringBuilder();
        for (String c : DossierTables.PERSON.subList(1, DossierTables.PERSON.size())) {
            set.append(c).append(" = ?, ");
        }
        try (PreparedStatement ps = central.prepareStatement("UPDATE person SET " + set
                + "version = ?, updated_by_office = ? WHERE id = ?")) {
            Object[] p = local.person();
            int i = Rows.bind(ps, 1, java.util.Arrays.copyOfRange(p, 1, p.length));
            Rows.bind(ps, i, version, me.id(), local.id());
            ps.executeUpdate();
        }
    }

    private static void replaceChildren(Connection central, LocalDossier local) throws SQLException {
        for (DossierTables.Child child : DossierTables.CHILDREN) {
            replace(central, child.table(), child.columns(), local.rows(child), local);
        }
    }

    private static void replace(Connection central, String table, List<String> columns, List<Object[]> rows,
                                LocalDossier local) throws SQLException {
        try (PreparedStatement ps = central.prepareStatement("DELETE FROM " + table + " WHERE person_id = ?")) {
            ps.setObject(1, local.id());
            ps.executeUpdate();
        }
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = central.prepareStatement("INSERT INTO " + table + " (office_id, "
                + DossierTables.list(columns) + ") VALUES (?, " + DossierTables.placeholders(columns.size()) + ")")) {
            for (Object[] row : rows) {
                ps.setObject(1, local.officeId());
                Rows.bind(ps, 2, row);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void review(Connection central, LocalDossier local, UUID eventId, Verdict verdict)
            throws SQLException {
        // Central fills in the owner and its version itself and checks this office may file it (ADR 0027).
        try (PreparedStatement ps = central.prepareStatement("SELECT sync_review_file(?, ?, ?, ?, ?, ?::jsonb)")) {
            Rows.bind(ps, 1, eventId, local.id(), local.person()[1], verdict.name(), local.centralVersion(),
                    DossierJson.of(local));
            ps.executeQuery().close();
        }
    }
}
