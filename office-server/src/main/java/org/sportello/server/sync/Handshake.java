package org.sportello.server.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.sportello.model.sync.SyncFault;

/**
 * The first thing a sync round does on central: checks that the office connects as an office role
 * (never a superuser, an owner or a role that bypasses row security), that both sides speak the same
 * protocol and central mirrors this office's schema version, and that the role belongs to this office
 * database. An office on an older or newer schema is refused with a message, before anything moves.
 * The first successful handshake binds the role to this office database's id.
 */
final class Handshake {
    private Handshake() {
    }

    static void check(Connection central, OfficeIdentity office) throws SQLException {
        central.setAutoCommit(false);
        try {
            checkRole(central);
            checkContract(central, office);
            bind(central, office);
            central.commit();
        } catch (SQLException | RuntimeException e) {
            central.rollback();
            if (e instanceof SQLException sql && "42P01".equals(sql.getSQLState())) {
                throw SyncException.refused(SyncFault.CENTRAL_NOT_READY, "central has no Sportello schema: run \"sportello central init\" there");
            }
            throw e;
        }
    }

    private static void checkRole(Connection central) throws SQLException {
        try (Statement s = central.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_user, r.rolsuper, r.rolbypassrls,"
                     + " EXISTS (SELECT 1 FROM pg_tables WHERE tableowner = current_user AND schemaname = current_schema()),"
                     + " EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
                     + "         WHERE m.member = r.oid AND g.rolname = 'sportello_office')"
                     + " FROM pg_roles r WHERE r.rolname = current_user")) {
            rs.next();
            String role = rs.getString(1);
            if (rs.getBoolean(2) || rs.getBoolean(3) || rs.getBoolean(4)) {
                throw SyncException.refused(SyncFault.WRONG_ROLE, "an office never connects to central as a superuser, a table owner or a"
                        + " role that bypasses row security (" + role + " is one): use the office's own role from"
                        + " \"sportello central add-office CODE\"");
            }
            if (!rs.getBoolean(5)) {
                throw SyncException.refused(SyncFault.WRONG_ROLE, "role " + role + " is not an office role on central: use the role that"
                        + " \"sportello central add-office CODE\" created");
            }
        }
    }

    private static void checkContract(Connection central, OfficeIdentity office) throws SQLException {
        try (Statement s = central.createStatement();
             ResultSet rs = s.executeQuery("SELECT protocol, office_schema_min, office_schema_max FROM sync_contract")) {
            if (!rs.next()) {
                throw SyncException.refused(SyncFault.CENTRAL_NOT_READY, "central's sync_contract is empty: run \"sportello central init\" there");
            }
            int protocol = rs.getInt(1);
            int min = rs.getInt(2);
            int max = rs.getInt(3);
            if (protocol != SyncProtocol.VERSION) {
                throw SyncException.refused(SyncFault.VERSION_MISMATCH, "central speaks sync protocol " + protocol + ", this office server speaks "
                        + SyncProtocol.VERSION + ": install the same Sportello version on both; nothing was sent");
            }
            String accepted = min == max ? "version " + min : "versions " + min + " to " + max;
            if (office.schemaVersion() < min) {
                throw SyncException.refused(SyncFault.VERSION_MISMATCH, "office " + office.code() + " is on schema version " + office.schemaVersion()
                        + ", older than central accepts (" + accepted + "): upgrade the office with \"sportello"
                        + " office init\" and sync again; nothing was sent");
            }
            if (office.schemaVersion() > max) {
                throw SyncException.refused(SyncFault.VERSION_MISMATCH, "office " + office.code() + " is on schema version " + office.schemaVersion()
                        + ", newer than central accepts (" + accepted + "): upgrade central with \"sportello central"
                        + " init\" from this version; nothing was sent");
            }
        }
    }

    private static void bind(Connection central, OfficeIdentity office) throws SQLException {
        String code;
        UUID bound;
        try (Statement s = central.createStatement();
             ResultSet rs = s.executeQuery("SELECT code, office_id FROM office WHERE role_name = current_user")) {
            if (!rs.next()) {
                throw SyncException.refused(SyncFault.NOT_REGISTERED, "this role is not registered as an office on central: run \"sportello"
                        + " central add-office " + office.code() + "\" there");
            }
            code = rs.getString(1);
            bound = rs.getObject(2, UUID.class);
        }
        if (!code.equalsIgnoreCase(office.code())) {
            throw SyncException.refused(SyncFault.WRONG_OFFICE, "these central credentials are for office " + code + ", but this database is"
                    + " office " + office.code() + ": use office " + office.code() + "'s own role");
        }
        if (bound != null && !bound.equals(office.id())) {
            throw SyncException.refused(SyncFault.WRONG_OFFICE, "central has office " + code + " bound to another office database (id " + bound
                    + "; this one is " + office.id() + "). Was the office database re-created? Ask the central"
                    + " administrator; nothing was sent");
        }
        try (PreparedStatement ps = central.prepareStatement("UPDATE office SET office_id = ?, last_seen_at = now(),"
                + " office_schema = ? WHERE role_name = current_user")) {
            ps.setObject(1, office.id());
            ps.setInt(2, office.schemaVersion());
            ps.executeUpdate();
        }
    }
}
