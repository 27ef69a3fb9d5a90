package org.sportello.server.profile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.sportello.model.profile.Address;
import org.sportello.model.profile.Competence;
import org.sportello.model.profile.TerritoryEntry;

/**
 * The office's territory table (V11_5 office_territory): which office serves a municipality. The desk
 * learns from it whether a citizen's domicile is in this office's area and, when not, where to send them.
 */
public final class OfficeTerritory {
    private final DataSource office;

    public OfficeTerritory(DataSource office) {
        this.office = office;
    }

    /** Replaces the whole table with {@code entries} (the set-up file's territory); returns how many rows. */
    public int replace(List<TerritoryEntry> entries) {
        try (Connection c = office.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM office_territory")) {
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("MERGE INTO office_territory (municipality_key,"
                        + " municipality, province, office_code, office_name, office_address) KEY (municipality_key)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")) {
                    for (TerritoryEntry e : entries) {
                        ps.setString(1, e.key());
                        ps.setString(2, e.municipality());
                        ps.setString(3, e.province() == null ? null : e.province().toUpperCase(java.util.Locale.ROOT));
                        ps.setString(4, e.officeCode());
                        ps.setString(5, e.officeName());
                        ps.setString(6, e.officeAddress());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                c.commit();
                return entries.size();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the office territory: " + e.getMessage(), e);
        }
    }

    /** Whether {@code ownCode}'s office serves where the person lives (domicile, else residence). */
    static Competence competence(Connection c, String ownCode, Address livesAt) throws SQLException {
        String key = livesAt.municipalityKey();
        if (key == null) {
            return new Competence(Competence.Standing.NO_ADDRESS, null, null);
        }
        // A province left blank on the form still finds the town when only one province has it.
        try (PreparedStatement ps = c.prepareStatement("SELECT office_code, office_name, office_address"
                + " FROM office_territory WHERE municipality_key = ? OR (? = FALSE AND municipality_key LIKE ?)")) {
            boolean withProvince = livesAt.province() != null;
            ps.setString(1, key);
            ps.setBoolean(2, withProvince);
            ps.setString(3, key + " (%)");
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new Competence(Competence.Standing.UNKNOWN_AREA, livesAt.municipality(), null);
                }
                String code = rs.getString(1);
                if (rs.next() && !rs.getString(1).equals(code)) {
                    // The same town name in two provinces served by different offices: the province decides.
                    return new Competence(Competence.Standing.UNKNOWN_AREA, livesAt.municipality(), null);
                }
                if (code.equals(ownCode)) {
                    return new Competence(Competence.Standing.THIS_OFFICE, livesAt.municipality(), null);
                }
                return new Competence(Competence.Standing.OTHER_OFFICE, livesAt.municipality(),
                        new Competence.OfficeRef(code, territoryRow(c, code)[0], territoryRow(c, code)[1]));
            }
        }
    }

    private static String[] territoryRow(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT office_name, office_address FROM office_territory"
                + " WHERE office_code = ? FETCH FIRST 1 ROWS ONLY")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new String[] {rs.getString(1), rs.getString(2)};
            }
        }
    }
}
