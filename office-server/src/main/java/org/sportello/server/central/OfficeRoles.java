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

/**
 * One login role per office, named after its code ({@code BO01} → {@code office_bo01}), member of
 * {@code sportello_office} and nothing more: no superuser, no BYPASSRLS, no ownership. Row-level
 * security (central migration V1) confines it to its own rows.
 */
public final class OfficeRoles {
    public static final String GROUP_ROLE = "sportello_office";
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_]{1,16}");
    private static final SecureRandom RANDOM = new SecureRandom();

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
                // Role names and passwords cannot be bind parameters; both are from a fixed alphabet.
                if (roleExists) {
                    s.execute("ALTER ROLE " + role + " LOGIN PASSWORD '" + password + "'");
                } else {
                    s.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + password
                            + "' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOREPLICATION INHERIT");
                }
                s.execute("GRANT " + GROUP_ROLE + " TO " + role);
                s.execute("GRANT CONNECT ON DATABASE \"" + c.getCatalog().replace("\"", "\"\"") + "\" TO " + role);
            }
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

    private static boolean exists(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** 144 random bits, URL-safe Base64: no quote can reach the SQL text. */
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
