package org.sportello.server.offers;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** One transaction on the office database: committed when the work returns, rolled back when it throws. */
final class Sql {
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private Sql() {
    }

    static <T> T inTransaction(DataSource office, Work<T> work) {
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
