package org.sportello.server.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.server.central.CentralLogin;
import org.sportello.server.dossier.Dossier;
import org.sportello.server.dossier.DossierException;
import org.sportello.server.dossier.DossierState;
import org.sportello.server.dossier.DossierTables;
import org.sportello.server.dossier.OfficeDossiers;

/**
 * What an office asks central about dossiers on demand (ADR 0018): pull one citizen's dossier from
 * whichever office owns it, move a dossier it owns to another office, and list the edits held for
 * review. Each call runs the handshake first, so an office on the wrong schema or with the wrong
 * role is refused before anything moves.
 */
public final class CentralDossiers {
    private final DataSource office;
    private final CentralLogin central;
    private final Clock clock;

    public CentralDossiers(DataSource office, CentralLogin central, Clock clock) {
        this.office = office;
        this.central = central;
        this.clock = clock;
    }

    /**
     * Copies a citizen's dossier from central into this office: read-only when another office owns it,
     * this office's own again when it owns it (how an office takes central's copy after a review).
     * Reading another office's dossier needs a reason, which central logs with every part read (ADR 0027).
     *
     * @param reason why a person here reads it; may be null for a dossier this office owns
     * @throws SportelloException {@link Problem#DOSSIER_READ_NEEDS_REASON} when another office owns it and
     *                            no reason was given
     */
    public Dossier pull(CodiceFiscale code, String reason) {
        String tax = code.canonical();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        return run(tax, (c, local, me) -> {
            String owner;
            try (PreparedStatement ps = c.prepareStatement("SELECT owner_code FROM dossier_head(?, FALSE, ?)")) {
                ps.setString(1, tax);
                ps.setString(2, why);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new DossierException("central has no dossier for " + tax
                                + ": the office that has it has not synced it yet");
                    }
                    owner = rs.getString(1);
                }
            }
            Object[] person = null;
            long version = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT " + DossierTables.list(DossierTables.PERSON)
                    + ", version FROM dossier_fetch_person(?, ?)")) {
                ps.setString(1, tax);
                ps.setString(2, why);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        person = Rows.read(rs, DossierTables.PERSON_TYPES);
                        version = rs.getLong(DossierTables.PERSON.size() + 1);
                    }
                }
            }
            if (person == null) {
                throw new DossierException("central has no dossier for " + tax);
            }
            Map<DossierTables.Child, List<Object[]>> children = new LinkedHashMap<>();
            for (DossierTables.Child child : DossierTables.CHILDREN) {
                children.put(child, fetch(c, child.fetch(), child.columns(), child.types(), tax, why));
            }
            c.commit();
            boolean owned = owner.equalsIgnoreCase(me.code());

            LocalDossier mine = LocalDossier.byTaxCode(local, tax);
            if (mine != null && !mine.id().equals(person[0])) {
                throw new DossierException("this office has another dossier for " + tax + " (made here while the two"
                        + " offices did not know of each other): it is in central's review list, see \"sportello sync"
                        + " review\"");
            }
            if (mine != null && mine.dirty() && mine.state() != DossierState.IN_REVIEW) {
                throw new DossierException("this office changed the dossier of " + tax + " and has not pushed the"
                        + " change yet: run \"sportello sync run\" first");
            }
            local.setAutoCommit(false);
            try {
                LocalDossier.replace(local, me.id(), person, children);
                UUID id = (UUID) person[0];
                LocalDossier.mark(local, id, owned ? DossierState.OWNED : DossierState.COPY, owner, version,
                        LocalDossier.localVersion(local, id), clock.instant());
                // The appointments other offices booked come too (ADR 36): to be rebooked when the dossier is ours,
                // else history; read with the person's reason, or the sync's when this office owns it.
                MovedAppointments.take(c, local, me, tax, id, owned,
                        why != null ? why : MovedAppointments.TAKE_REASON, clock.instant());
                local.commit();
            } catch (SQLException | RuntimeException e) {
                local.rollback();
                throw e;
            }
            return OfficeDossiers.read(local, tax).orElseThrow();
        });
    }

    /**
     * Moves a dossier this office owns to another office; central records who asked and why. Push the
     * office's pending changes first ({@link OfficeSync#runOnce()}): an edit pushed after the move is
     * held for review.
     */
    public Dossier transfer(CodiceFiscale code, String toOffice, String reason) {
        String tax = code.canonical();
        return run(tax, (c, local, me) -> {
            long version;
            try (PreparedStatement ps = c.prepareStatement("SELECT dossier_transfer(?, ?, ?)")) {
                ps.setString(1, tax);
                ps.setString(2, toOffice);
                ps.setString(3, reason);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    version = rs.getLong(1);
                }
            }
            c.commit();
            LocalDossier mine = LocalDossier.byTaxCode(local, tax);
            if (mine != null) {
                String to = toOffice.toUpperCase(java.util.Locale.ROOT);
                local.setAutoCommit(false);
                try {
                    LocalDossier.mark(local, mine.id(), DossierState.MOVED, to, version, mine.version(), clock.instant());
                    MovedAppointments.release(local, mine.id(), to, clock.instant());
                    local.commit();
                } catch (SQLException | RuntimeException e) {
                    local.rollback();
                    throw e;
                } finally {
                    local.setAutoCommit(true);
                }
            }
            return mine == null ? null : OfficeDossiers.read(local, tax).orElseThrow();
        });
    }

    /**
     * One held edit; the resolution fields are null while it is open.
     *
     * @param kept OFFICE or CENTRAL: whose copy the resolution kept
     */
    public record Review(long id, String officeCode, String taxCode, String reason, String ownerCode, long baseVersion,
                         Long centralVersion, Instant detectedAt, Instant resolvedAt, String officeCopy,
                         String resolvedBy, String kept, Long resolvedVersion, String note) {
        public boolean isOpen() {
            return resolvedAt == null;
        }
    }

    /** The review list as this login may see it: an office sees its own edits and those about dossiers it owned. */
    public static List<Review> reviews(CentralLogin login, boolean includeResolved) {
        try (Connection c = login.connect();
             PreparedStatement ps = c.prepareStatement("SELECT id, office_code, tax_code, reason, owner_code,"
                     + " base_version, central_version, detected_at, resolved_at, office_copy::text, resolved_by, kept,"
                     + " resolved_version, resolution FROM sync_review"
                     + (includeResolved ? "" : " WHERE resolved_at IS NULL") + " ORDER BY id")) {
            List<Review> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long central = rs.getLong(7);
                    list.add(new Review(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getLong(6), rs.wasNull() ? null : central,
                            instant(rs.getObject(8, OffsetDateTime.class)), instant(rs.getObject(9, OffsetDateTime.class)),
                            rs.getString(10), rs.getString(11), rs.getString(12), rs.getObject(13, Long.class),
                            rs.getString(14)));
                }
            }
            return list;
        } catch (SQLException e) {
            throw SyncException.from("central", e);
        }
    }

    /** Whose copy a resolution keeps. */
    public enum Keep { OFFICE, CENTRAL }

    /**
     * Closes a review entry (ADR 0021): central's administrator may, and so may the office that owns the
     * dossier now. The kept copy becomes a new, higher dossier version, so the owner pulls it on its next
     * round; the entry stays in the list, marked with who resolved it, when, and the note.
     *
     * @return the dossier's new central version
     */
    public static long resolve(CentralLogin login, long reviewId, Keep keep, String note) {
        return versionFrom(login, null, "SELECT sync_review_resolve(?, ?, ?)", reviewId, keep.name(), note);
    }

    /**
     * Central's administrator moves a dossier (its owner may be offline); central records the reason.
     *
     * @throws SportelloException {@link Problem#DOSSIER_MOVE_NEEDS_REASON} without one
     */
    public static long transferAsAdministrator(CentralLogin admin, CodiceFiscale code, String toOffice, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new SportelloException(Problem.DOSSIER_MOVE_NEEDS_REASON, code.canonical());
        }
        return versionFrom(admin, code.canonical(), "SELECT dossier_transfer(?, ?, ?)", code.canonical(), toOffice,
                reason.strip());
    }

    /** Calls one of central's dossier functions, each of which returns the dossier's new version. */
    private static long versionFrom(CentralLogin login, String taxCode, String call, Object... args) {
        try (Connection c = login.connect(); PreparedStatement ps = c.prepareStatement(call)) {
            Rows.bind(ps, 1, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw refusalOr(e, taxCode);
        }
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    private static List<Object[]> fetch(Connection c, String function, List<String> columns, List<String> types,
                                        String tax, String reason) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + DossierTables.list(columns) + " FROM " + function
                + "(?, ?)")) {
            ps.setString(1, tax);
            ps.setString(2, reason);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(Rows.read(rs, types));
                }
            }
        }
        return rows;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection central, Connection office, OfficeIdentity me) throws SQLException;
    }

    private <T> T run(String taxCode, Work<T> work) {
        try (Connection local = office.getConnection()) {
            local.setAutoCommit(true);
            OfficeIdentity me = OfficeIdentity.read(local);
            try (Connection c = central.connect()) {
                Handshake.check(c, me);
                c.setAutoCommit(false);
                try {
                    return work.run(c, local, me);
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw refusalOr(e, taxCode);
        }
    }

    /** Raised by central's dossier functions when a read, or a move, needs a reason (central migration V3). */
    static final String READ_NEEDS_REASON = "SR001";
    static final String MOVE_NEEDS_REASON = "SR002";

    /** Central's own refusals (raised by its functions) carry their reason; the rest is a sync failure. */
    private static RuntimeException refusalOr(SQLException e, String taxCode) {
        String state = e.getSQLState();
        if (READ_NEEDS_REASON.equals(state) || MOVE_NEEDS_REASON.equals(state)) {
            return new SportelloException(READ_NEEDS_REASON.equals(state) ? Problem.DOSSIER_READ_NEEDS_REASON
                    : Problem.DOSSIER_MOVE_NEEDS_REASON, e, taxCode);
        }
        if (state != null && (state.equals("42501") || state.equals("P0002") || state.equals("22023"))) {
            return new DossierException(SyncException.firstLine(e.getMessage()).replaceFirst("^ERROR: ", ""));
        }
        return SyncException.from("central", e);
    }
}
