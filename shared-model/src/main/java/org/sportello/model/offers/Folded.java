package org.sportello.model.offers;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as the fit compares it: lower case, accents and punctuation folded, single spaces, so "Saldatura
 * TIG", "saldatura  tig" and "Saldatùra-TIG" are one skill. Plain ASCII skips the (slow) normaliser:
 * matching runs over every open offer.
 */
final class Folded {
    private Folded() {
    }

    static String of(String text) {
        if (text == null) {
            return "";
        }
        String s = text;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                break;
            }
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c > 127 && Character.isLetterOrDigit(c))) {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int n = out.length();
        if (n > 0 && out.charAt(n - 1) == ' ') {
            out.setLength(n - 1);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
