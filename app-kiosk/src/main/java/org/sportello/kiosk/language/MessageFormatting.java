package org.sportello.kiosk.language;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

/**
 * Formats the kiosk's and the terminal's ICU message texts (ADR 30) for one language. Most texts are
 * plain words, or words with a name or a time put in ({@code {0}} given as text): those are done here,
 * exactly as ICU would do them, so ICU4J (hundreds of classes and its locale data) is loaded only when a
 * text needs it: a plural, a number, a formatted argument or a quoted brace. That keeps it off the path to
 * the first screen (issue 15).
 */
public final class MessageFormatting {
    private final String languageTag;
    /** Made on the first text that needs ICU: building it loads ICU's locale data. */
    private volatile ULocale icuLocale;

    /** @param languageTag the language's BCP 47 tag, e.g. {@code it} or {@code uk} */
    public MessageFormatting(String languageTag) {
        this.languageTag = languageTag;
    }

    /** The text of {@code pattern} with {@code args} put in, as ICU's {@link MessageFormat} makes it. */
    public String format(String pattern, Object... args) {
        String plain = plain(pattern, args);
        return plain != null ? plain : new MessageFormat(pattern, icuLocale()).format(args);
    }

    private ULocale icuLocale() {
        ULocale l = icuLocale;
        if (l == null) {
            // Numbers in Latin digits in every language: the hall display calls "A012" and "Sportello 3" so.
            l = new ULocale(languageTag + "@numbers=latn");
            icuLocale = l;
        }
        return l;
    }

    /**
     * The text when the pattern has only words and simple arguments ({@code {0}}) whose values are text;
     * null when ICU must do it. ICU's default apostrophe mode: {@code ''} is one apostrophe, and a single
     * one is literal unless it quotes a syntax character, a case left to ICU.
     */
    static String plain(String pattern, Object[] args) {
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        int n = pattern.length();
        for (int i = 0; i < n; i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                char next = i + 1 < n ? pattern.charAt(i + 1) : 0;
                if (next == '\'') {
                    out.append('\'');
                    i++;
                } else if (next == '{' || next == '}' || next == '#' || next == '|') {
                    return null;
                } else {
                    out.append('\'');
                }
            } else if (c == '{') {
                int close = pattern.indexOf('}', i);
                if (close < 0) {
                    return null;
                }
                int index = argumentIndex(pattern, i + 1, close);
                if (index < 0 || args == null || index >= args.length || !(args[index] instanceof CharSequence text)) {
                    return null;
                }
                out.append(text);
                i = close;
            } else if (c == '}') {
                return null;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The number between the braces, or -1 when it is anything else (a type, a style, a name, spaces). */
    private static int argumentIndex(String pattern, int from, int to) {
        if (from == to || to - from > 2) {
            return -1;
        }
        int index = 0;
        for (int i = from; i < to; i++) {
            char d = pattern.charAt(i);
            if (d < '0' || d > '9') {
                return -1;
            }
            index = index * 10 + (d - '0');
        }
        return index;
    }
}
