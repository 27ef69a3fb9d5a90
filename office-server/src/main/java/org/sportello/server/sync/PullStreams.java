package org.sportello.server.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sportello.server.dossier.DossierState;
import org.sportello.server.dossier.DossierTables;

/**
 * What an office pulls every round, in this order: the services catalogue; the transfers it is a
 * party to (a dossier that moved away becomes read-only here); the dossiers it owns that central
 * changed (one transferred to it arrives this way). Row-level security shows each office only its
 * own transfers and dossiers.
 */
final class PullStreams {
    static final String CATALOG = "pull-catalog-service";
    static final String TRANSFERS = "pull-transfers";
    static final String DOSSIERS = "pull-dossiers";

    private static final List<String> PERSON_AT_CENTRAL = concat(DossierTables.PERSON, List.of("version"));
    private static final List<String> PERSON_AT_CENTRAL_TYPES = concat(DossierTables.PERSON_TYPES, List.of("bigint"));

    private PullStreams() {
    }

    static List<XidPuller.Spec> all(OfficeIdentity me, Clock clock) {
        return List.of(
                new XidPuller.Spec(CATALOG, "catalog_service", SyncedColumns.CATALOG_SERVICE,
                        List.of("uuid", "varchar", "varchar", "varchar", "varchar", "boolean", "boolean", "bigint"),
                        CatalogMirror::upsertAll),
                new XidPuller.Spec(TRANSFERS, "dossier_transfer",
                        List.of("id", "person_id", "from_code", "to_code", "version"),
                        List.of("uuid", "uuid", "varchar", "varchar", "bigint"),
                        (central, office, rows) -> transfers(office, me, rows, clock.instant())),
                new XidPuller.Spec(DOSSIERS, "person", PERSON_AT_CENTRAL, PERSON_AT_CENTRAL_TYPES,
                        (central, office, rows) -> owned(central, office, me, rows, clock.instant())));
    }

    /**
     * A dossier this office gave away is read-only here from now on, and its appointments ahead stop holding
     * their slots here (the new office books them again, ADR 36).
     */
    private static void transfers(Connection office, OfficeIdentity me, List<Object[]> rows, Instant now)
            throws SQLException {
        for (Object[] t : rows) {
            UUID person = (UUID) t[1];
            if (me.code().equalsIgnoreCase((String) t[2]) && !me.code().equalsIgnoreCase((String) t[3])
                    && LocalDossier.read(office, person) != null) {
                LocalDossier.mark(office, person, DossierState.MOVED, (String) t[3], (Long) t[4],
                        LocalDossier.localVersion(office, person), now);
                MovedAppointments.release(office, person, (String) t[3], now);
            }
        }
    }

    /**
     * Dossiers this office owns, as central has them. A local copy with an edit not yet pushed is left
     * alone: the push that follows finds the collision and files it for review.
     */
    private static void owned(Connection central, Connection office, OfficeIdentity me, List<Object[]> rows,
                              Instant now) throws SQLException {
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            long version = (Long) row[row.length - 1];
            LocalDossier local = LocalDossier.read(office, id);
            if (local == null) {
                LocalDossier sameCode = LocalDossier.byTaxCode(office, (String) row[1]);
                if (sameCode != null) {
                    // Another dossier for the same person was made here: it waits in the review list.
                    continue;
                }
            } else if (local.dirty() || (local.centralVersion() >= version && local.state() == DossierState.OWNED)) {
                continue;
            }
            Object[] person = java.util.Arrays.copyOf(row, DossierTables.PERSON.size());
            // The case and the citizen's file travel with the dossier (ADR 29): every child table.
            LocalDossier.replace(office, me.id(), person, LocalDossier.children(central, id));
            LocalDossier.mark(office, id, DossierState.OWNED, me.code(), version, LocalDossier.localVersion(office, id),
                    now);
            // Appointments other offices booked come along: the ones ahead to be booked again here (ADR 36).
            MovedAppointments.take(central, office, me, (String) row[1], id, true, MovedAppointments.TAKE_REASON, now);
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
