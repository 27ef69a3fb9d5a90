package org.sportello.server.central;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/**
 * One login role per office, named after its code ({@code BO01} → {@code office_bo01}), member of
 * {@code sportello_office} and nothing more: no superuser, no BYPASSRLS, no ownership. Row-level
 * security (central migration V1) confines it to its own rows.
 */
public final class OfficeRoles {
    public static final String GROUP_ROLE = "sportello_office";
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_]{1,16}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SCRAM = "scram-sha-256";

    private final CentralLogin admin;

    public OfficeRoles(CentralLogin admin) {
        this.admin = admin;
    }

    public static String roleName(String officeCode) {
        if (officeCode == null || !CODE.matcher(officeCode).matches()) {
            throw new IllegalArgumentException("an office code is 1 to 16 letters, digits or _, not \""
                    + officeCode + "\"");
        }
        return "office_" + officeCode.toLowerCase(Locale.ROOT);
    }

    /**
     * Creates the office's role and registry row, or gives an existing one a new password when
     * {@code rotatePassword} is set.
     *
     * @throws OfficeExistsException when the office is registered and no rotation was asked for
     */
    public OfficeCredentials add(String officeCode, boolean rotatePassword) throws SQLException {
        String role = roleName(officeCode);
        String code = officeCode.toUpperCase(Locale.ROOT);
        String password = newPassword();
        try (Connection c = admin.connect()) {
            c.setAutoCommit(false);
            boolean roleExists = exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", role);
            boolean registered = exists(c, "SELECT 1 FROM office WHERE code = ?", code);
            if ((roleExists || registered) && !rotatePassword) {
                c.rollback();
                throw new OfficeExistsException(code, role);
            }
            try (Statement s = c.createStatement()) {
                // A role name cannot be a bind parameter; it is from a fixed alphabet (roleName).
                if (!roleExists) {
                    s.execute("CREATE ROLE " + role
                            + " LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOREPLICATION INHERIT");
                } else {
                    s.execute("ALTER ROLE " + role + " LOGIN");
                }
                s.execute("GRANT " + GROUP_ROLE + " TO " + role);
                String database = "\"" + c.getCatalog().replace("\"", "\"\"") + "\"";
                s.execute("GRANT CONNECT ON DATABASE " + database + " TO " + role);
                s.execute("REVOKE TEMPORARY ON DATABASE " + database + " FROM " + role);
            }
            setPassword(c, role, password);
            if (!registered) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO office (code, role_name) VALUES (?, ?)")) {
                    ps.setString(1, code);
                    ps.setString(2, role);
                    ps.executeUpdate();
                }
            }
            c.commit();
        }
        return new OfficeCredentials(code, role, password);
    }

    /**
     * The driver hashes the password into a SCRAM verifier on this side and sends only that (ADR 0027): the
     * password itself never appears in a statement, so no server log, pg_stat_statements or error report
     * can show it.
     */
    private static void setPassword(Connection c, String role, String password) throws SQLException {
        char[] secret = password.toCharArray();
        try {
            c.unwrap(PGConnection.class).alterUserPassword(role, secret, SCRAM);
        } finally {
            java.util.Arrays.fill(secret, '\0');
        }
    }

    private static boolean exists(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** 144 random bits, URL-safe Base64. */
    static String newPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The office already has a role or a registry row. */
    public static final class OfficeExistsException extends RuntimeException {
        public OfficeExistsException(String code, String role) {
            super("office " + code + " is already registered on central (role " + role
                    + "); use --rotate-password to give it a new password");
        }
    }
}
