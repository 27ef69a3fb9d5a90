package org.sportello.server.sync;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Reads and binds rows by column type, the same way on H2 and PostgreSQL: each driver has its own
 * idea of what {@code getObject} returns for a date or a timestamp with time zone, so ask for the
 * java.time type by name.
 */
final class Rows {
    private Rows() {
    }

    static Object[] read(ResultSet rs, List<String> types) throws SQLException {
        Object[] row = new Object[types.size()];
        for (int i = 0; i < types.size(); i++) {
            int c = i + 1;
            row[i] = switch (types.get(i)) {
                case "uuid" -> rs.getObject(c, UUID.class);
                case "date" -> rs.getObject(c, LocalDate.class);
                case "timestamptz" -> rs.getObject(c, OffsetDateTime.class);
                case "bigint" -> nullable(rs.getLong(c), rs);
                case "int" -> nullable(rs.getInt(c), rs);
                case "boolean" -> nullable(rs.getBoolean(c), rs);
                case "double" -> nullable(rs.getDouble(c), rs);
                default -> rs.getString(c);
            };
        }
        return row;
    }

    /** Binds {@code values} to parameters {@code from}, {@code from + 1}, …; returns the next free index. */
    static int bind(PreparedStatement ps, int from, Object... values) throws SQLException {
        int i = from;
        for (Object v : values) {
            ps.setObject(i++, v);
        }
        return i;
    }

    private static Object nullable(Object value, ResultSet rs) throws SQLException {
        return rs.wasNull() ? null : value;
    }
}
