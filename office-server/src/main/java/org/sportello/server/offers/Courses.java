package org.sportello.server.offers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import java.time.Clock;
import org.sportello.server.storage.JdbcTransaction;
import org.sportello.model.offers.Course;

/**
 * The courses and workshops calendar ({@code course}). A calendar holds dozens or hundreds of entries,
 * so a "what" is matched here with the offers' Italian analysis over title, provider and description,
 * without an index of its own: every word asked must be among the entry's.
 */
public final class Courses {
    public static final int MAX_LISTED = 500;

    private final DataSource office;
    private final Analyzer analyzer;
    private final Clock clock;

    public Courses(DataSource office, Analyzer analyzer, Clock clock) {
        this.office = office;
        this.analyzer = analyzer;
        this.clock = clock;
    }

    /** Adds or replaces these courses (by id) in one transaction. */
    public int putAll(Collection<Course> courses) {
        return JdbcTransaction.run(office, c -> {
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO course (id, kind, title, provider, description,"
                    + " municipality, province, place, starts, ends, seats, changed_at) KEY (id)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                OffsetDateTime now = OffsetDateTime.now(clock);
                for (Course k : courses) {
                    ps.setString(1, k.id());
                    ps.setString(2, k.kind().name());
                    ps.setString(3, k.title());
                    ps.setString(4, k.provider());
                    ps.setString(5, k.description());
                    ps.setString(6, k.municipality());
                    ps.setString(7, k.province());
                    ps.setString(8, k.place());
                    ps.setObject(9, k.starts());
                    ps.setObject(10, k.ends());
                    ps.setInt(11, k.seats());
                    ps.setObject(12, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return courses.size();
        });
    }

    /** The entries running on some day from {@code from} to {@code to}, by start date; {@code what} may be empty. */
    public List<Course> between(LocalDate from, LocalDate to, String what) {
        Set<String> asked = terms(what);
        List<Course> all = JdbcTransaction.run(office, c -> {
            List<Course> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, title, provider, description, municipality,"
                    + " province, place, starts, ends, seats FROM course WHERE ends >= ? AND starts <= ?"
                    + " ORDER BY starts, title, id")) {
                ps.setObject(1, from);
                ps.setObject(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Course(rs.getString(1), Course.Kind.valueOf(rs.getString(2)), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                                rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class), rs.getInt(11)));
                    }
                }
            }
            return out;
        });
        List<Course> out = new ArrayList<>();
        for (Course k : all) {
            if (asked.isEmpty() || terms(k.title() + " " + k.provider() + " " + k.description() + " " + k.municipality())
                    .containsAll(asked)) {
                out.add(k);
                if (out.size() == MAX_LISTED) {
                    break;
                }
            }
        }
        return out;
    }

    public int count() {
        return JdbcTransaction.run(office, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM course"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private Set<String> terms(String text) {
        Set<String> out = new HashSet<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
