package org.sportello.server.offers;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.sportello.model.offers.Course;

/**
 * {@code sportello courses import}: JSON Lines, one course or workshop per line (README): {@code id},
 * {@code kind} ({@code course} or {@code workshop}), {@code title}, {@code provider}, {@code description},
 * {@code municipality}, {@code province}, {@code place}, {@code starts}, {@code ends} (ISO dates; ends
 * defaults to starts), {@code seats}.
 */
public final class CourseLines {
    public static final Set<String> FIELDS = Set.of("id", "kind", "title", "provider", "description", "municipality",
            "province", "place", "starts", "ends", "seats");
    public static final int MAX_COURSES = 20_000;

    private CourseLines() {
    }

    public static ImportReport<Course> read(Reader in, OfferTexts texts) throws IOException {
        return ImportFile.read(in, line -> course(JsonLine.parse(line, FIELDS, texts)), Course::id, MAX_COURSES, texts);
    }

    static Course course(JsonLine j) {
        OfferTexts t = j.texts();
        String id = j.id();
        String kindText = j.text("kind", 10, true);
        Course.Kind kind;
        try {
            kind = Course.Kind.valueOf(kindText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new JsonLine.Refused(t.text("import.bad-choice", "kind", kindText, "course, workshop"));
        }
        String title = j.text("title", 200, true);
        String provider = j.text("provider", 200, true);
        String description = j.text("description", 4000, false);
        String municipality = j.text("municipality", Place.MAX_NAME, true);
        String province = j.text("province", 2, false);
        if (province != null && !province.matches("[A-Za-z]{2}")) {
            throw new JsonLine.Refused(t.text("import.bad-province", province));
        }
        String place = j.text("place", 200, false);
        LocalDate starts = j.date("starts", true);
        LocalDate ends = j.date("ends", false);
        ends = ends == null ? starts : ends;
        if (ends.isBefore(starts)) {
            throw new JsonLine.Refused(t.text("import.ends-before"));
        }
        int seats = j.integer("seats", 0, 0, 100_000);
        return new Course(id, kind, title, provider, description, municipality,
                province == null ? null : province.toUpperCase(Locale.ROOT), place, starts, ends, seats);
    }
}
