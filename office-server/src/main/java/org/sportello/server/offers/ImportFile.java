package org.sportello.server.offers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads an import file line by line with one line reader: blank lines and {@code #} comments are
 * skipped, a refused line becomes a {@link LineProblem} with its number (from 1), and an entry whose id
 * comes again later in the file is replaced by the later one, as a second import would.
 */
final class ImportFile {
    private ImportFile() {
    }

    static <T> ImportReport<T> read(Reader in, Function<String, T> line, Function<T, String> id, int maxEntries,
                                    OfferTexts texts) throws IOException {
        Map<String, T> accepted = new LinkedHashMap<>();
        List<LineProblem> problems = new ArrayList<>();
        BufferedReader r = new BufferedReader(in);
        String text;
        int number = 0;
        while ((text = r.readLine()) != null) {
            number++;
            if (number == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank() || text.stripLeading().startsWith("#")) {
                continue;
            }
            if (accepted.size() >= maxEntries) {
                problems.add(new LineProblem(number, texts.text("import.too-many-entries", maxEntries)));
                break;
            }
            try {
                T value = line.apply(text);
                if (value != null) {
                    accepted.remove(id.apply(value));
                    accepted.put(id.apply(value), value);
                }
            } catch (JsonLine.Refused e) {
                problems.add(new LineProblem(number, e.getMessage()));
            } catch (IllegalArgumentException e) {
                problems.add(new LineProblem(number, texts.text("import.invalid", e.getMessage())));
            }
        }
        return new ImportReport<>(new ArrayList<>(accepted.values()), problems);
    }
}
