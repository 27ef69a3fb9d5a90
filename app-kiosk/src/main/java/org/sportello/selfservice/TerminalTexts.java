package org.sportello.selfservice;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.sportello.kiosk.language.KioskLanguage;
import org.sportello.kiosk.language.MessageFormatting;
import org.sportello.model.offers.ContractType;
import org.sportello.model.offers.OfferHours;

/**
 * The terminal's words in one language, from {@code org/sportello/selfservice/terminal_*.properties}
 * (UTF-8, ICU message formats, so plurals follow each language's rules). No fallback to another
 * language: a missing text is a bug the screen tests catch. Dates follow the language's conventions
 * ("24 novembre 2026" in Italian), from the file's own patterns.
 */
public final class TerminalTexts {
    /** The languages a citizen can choose at the terminal, in the order the header lists them. */
    public static final List<KioskLanguage> LANGUAGES = List.of(KioskLanguage.ITALIAN, KioskLanguage.ENGLISH);
    private static final String BUNDLE = "org.sportello.selfservice.terminal";
    private static final Map<KioskLanguage, TerminalTexts> LOADED = new EnumMap<>(KioskLanguage.class);

    private final KioskLanguage language;
    private final ResourceBundle bundle;
    private final MessageFormatting formatting;

    private TerminalTexts(KioskLanguage language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.formatting = new MessageFormatting(language.tag());
    }

    public static TerminalTexts of(KioskLanguage language) {
        synchronized (LOADED) {
            return LOADED.computeIfAbsent(language, TerminalTexts::new);
        }
    }

    public KioskLanguage language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    /** @throws java.util.MissingResourceException when the file lacks the key */
    public String get(String key, Object... args) {
        return formatting.format(bundle.getString(key), args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public Set<String> keys() {
        return bundle.keySet();
    }

    /** "24 novembre 2026": long enough to read aloud, no ambiguity between day and month. */
    public String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofPattern(get("format.date"), locale()).format(day);
    }

    /** "mar 24 nov": the calendar's day heading. */
    public String day(LocalDate day) {
        return DateTimeFormatter.ofPattern(get("format.day"), locale()).format(day);
    }

    /** "24/11/2026": on paper, where space is short. */
    public String shortDate(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofPattern(get("format.date.short"), locale()).format(day);
    }

    public String contract(ContractType contract) {
        return contract == null ? "" : get("contract." + contract.name());
    }

    public String hours(OfferHours hours) {
        return hours == null ? "" : get("hours." + hours.name());
    }
}
