package org.sportello.kiosk.language;

import java.util.Arrays;
import java.util.Locale;

/**
 * The languages a citizen can choose at the kiosk, in the order the home screen lists them: the
 * office's two first, then the languages most spoken by the people who come to an Italian employment
 * centre. Each is named on screen in its own script (its file's {@code language.name}), never by a flag.
 */
public enum KioskLanguage {
    ITALIAN("it", false),
    ENGLISH("en", false),
    ROMANIAN("ro", false),
    ALBANIAN("sq", false),
    ARABIC("ar", true),
    UKRAINIAN("uk", false),
    CHINESE("zh", false),
    SPANISH("es", false),
    FRENCH("fr", false);

    private final String tag;
    private final boolean rightToLeft;

    KioskLanguage(String tag, boolean rightToLeft) {
        this.tag = tag;
        this.rightToLeft = rightToLeft;
    }

    /** The language the kiosk starts in and goes back to after each citizen. */
    public static KioskLanguage first() {
        return ITALIAN;
    }

    /** The kiosk language of a locale; Italian for one the kiosk does not speak. */
    public static KioskLanguage of(Locale locale) {
        return Arrays.stream(values()).filter(l -> l.tag.equals(locale.getLanguage())).findFirst().orElse(ITALIAN);
    }

    /** The ISO 639-1 code, as tickets carry it: "it", "ar", "zh". */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.of(tag);
    }

    /** Arabic: the whole kiosk is mirrored, text runs from the right. */
    public boolean rightToLeft() {
        return rightToLeft;
    }
}
