package org.sportello.model.documents;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The documents' wording in one language, from {@code texts*.properties}. */
public final class DocumentTexts {
    /** The languages documents are written in; the first is the office's own. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ITALIAN, Locale.ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;

    public DocumentTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.sportello.model.documents.texts", locale,
                // English is the base bundle: never fall back to the machine's own language instead.
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, locale).format(args);
    }

    public String date(LocalDate d) {
        return d == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(d);
    }

    /** Day and time to the minute, e.g. "24/11/2026 10:05". */
    public String dateTime(ZonedDateTime t) {
        return DateTimeFormatter.ofPattern(text("format.date.time"), locale).format(t);
    }

    public String dateTime(LocalDateTime t) {
        return DateTimeFormatter.ofPattern(text("format.date.time"), locale).format(t);
    }

    public String shortDate(LocalDate d) {
        return DateTimeFormatter.ofPattern(text("format.date"), locale).format(d);
    }
}
