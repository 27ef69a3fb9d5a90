package org.sportello.server.storage;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * One transaction on the office database in plain JDBC, for the registers written in SQL rather than jOOQ (cases,
 * agenda, offers, vacancies, profiles, communications): committed when the work returns, rolled back when it throws.
 * A database failure becomes an unchecked exception the API layer answers as an internal error.
 */
public final class JdbcTransaction {
    /** What runs inside the transaction, on its connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private JdbcTransaction() {
    }

    public static <T> T run(DataSource office, Work<T> work) {
        try (Connection c = office.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the office database failed: " + e.getMessage(), e);
        }
    }
}
