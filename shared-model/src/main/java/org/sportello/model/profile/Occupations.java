package org.sportello.model.profile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The ISCO-08 occupations a role is picked from: the 130 minor groups shipped in
 * {@code isco08-minor-groups.tsv} (its header says where the titles come from). Searched by code prefix
 * or by words of either title, accents ignored.
 */
public final class Occupations {
    private static final Occupations ISCO08 = load("isco08-minor-groups.tsv");

    private final Map<String, Occupation> byCode;

    private Occupations(Map<String, Occupation> byCode) {
        this.byCode = byCode;
    }

    public static Occupations isco08() {
        return ISCO08;
    }

    public List<Occupation> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<Occupation> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip()));
    }

    public boolean known(String code) {
        return find(code).isPresent();
    }

    /**
     * Groups whose code starts with {@code text}, or whose titles contain every word of it; at most
     * {@code limit}, in code order. A blank text lists the first {@code limit}.
     */
    public List<Occupation> search(String text, int limit) {
        String q = fold(text == null ? "" : text);
        String[] words = q.isEmpty() ? new String[0] : q.split(" ");
        List<Occupation> found = new ArrayList<>();
        for (Occupation o : byCode.values()) {
            if (found.size() >= limit) {
                break;
            }
            String titles = fold(o.titleEn() + " " + o.titleIt());
            boolean match = words.length == 0 || o.code().startsWith(q)
                    || Arrays.stream(words).allMatch(titles::contains);
            if (match) {
                found.add(o);
            }
        }
        return found;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static Occupations load(String resource) {
        Map<String, Occupation> map = new LinkedHashMap<>();
        try (InputStream in = Occupations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " ships inside the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != 3) {
                    throw new IllegalStateException(resource + ": not code, English, Italian: " + line);
                }
                map.put(cells[0], new Occupation(cells[0], cells[1], cells[2]));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        return new Occupations(map);
    }
}
