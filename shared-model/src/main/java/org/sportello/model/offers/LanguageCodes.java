package org.sportello.model.offers;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A language as the citizen's file names it ("Inglese", "english", "EN") to its ISO 639-1 code, the way
 * offers ask for it. Names come from the JDK's own locale data in Italian and English, so no list is
 * kept here.
 */
public final class LanguageCodes {
    private static final Map<String, String> BY_NAME = names();

    private LanguageCodes() {
    }

    /** The two-letter code, or empty for a name neither Italian nor English uses for a language. */
    public static Optional<String> code(String language) {
        String key = Folded.of(language);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_NAME.get(key));
    }

    private static Map<String, String> names() {
        Map<String, String> map = new HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            if (code.length() != 2) {
                continue;
            }
            Locale l = Locale.of(code);
            map.put(code, code);
            map.putIfAbsent(Folded.of(l.getDisplayLanguage(Locale.ITALIAN)), code);
            map.putIfAbsent(Folded.of(l.getDisplayLanguage(Locale.ENGLISH)), code);
            map.putIfAbsent(Folded.of(l.getDisplayLanguage(l)), code);
        }
        return Map.copyOf(map);
    }
}
