package org.sportello.selfservice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sportello.model.offers.FitReason;

/**
 * A fit's reasons as sentences a citizen reads: "Patente B: ce l'ha", "Inglese B2: lei ha B1". The
 * model gives an aspect, met or not, and values; the sentence is the bundle's
 * {@code fit.<ASPECT>.<met|missing>.<n>} for the number of values sent (the richest the file has up
 * to that number), so a server that sends fewer or more values than expected still reads well.
 * Language codes become the language's name, ISCED levels their school names, hours their words.
 */
public final class FitSentences {
    private static final int MOST_ARGS = 3;

    private FitSentences() {
    }

    public static String sentence(TerminalTexts t, FitReason reason) {
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < reason.args().size(); i++) {
            args.add(word(t, reason.aspect(), i, reason.args().get(i)));
        }
        String base = "fit." + reason.aspect().name() + "." + (reason.met() ? "met" : "missing") + ".";
        for (int n = Math.min(args.size(), MOST_ARGS); n >= 0; n--) {
            if (t.has(base + n)) {
                return t.get(base + n, args.subList(0, n).toArray());
            }
        }
        return t.get("fit.generic." + (reason.met() ? "met" : "missing"));
    }

    /** One value as words: the language "en" is "inglese", the ISCED level "3" a diploma. */
    private static Object word(TerminalTexts t, FitReason.Aspect aspect, int index, String value) {
        return switch (aspect) {
            case LANGUAGE -> index == 0 && value.length() <= 3
                    ? Locale.of(value).getDisplayLanguage(t.locale()) : value;
            case EDUCATION -> t.has("isced." + value.strip()) ? t.get("isced." + value.strip()) : value;
            case HOURS -> t.has("hours." + value.strip().toUpperCase(Locale.ROOT))
                    ? t.get("hours." + value.strip().toUpperCase(Locale.ROOT)) : value;
            default -> value;
        };
    }
}
