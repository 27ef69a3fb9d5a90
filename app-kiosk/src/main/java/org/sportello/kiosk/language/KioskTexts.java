package org.sportello.kiosk.language;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.sportello.model.office.ServiceInfo;

/**
 * The kiosk's words in one language, from {@code org/sportello/kiosk/language/kiosk_*.properties}
 * (UTF-8; the README beside them tells an office how to correct them). Every text is an ICU message
 * format, so plurals follow each language's own rules ({@code {0, plural, one{…} few{…} other{…}}})
 * instead of being glued together. No fallback to another language or to the machine's locale: a
 * missing text is a bug the screen tests catch, not an Italian word on an Arabic screen.
 */
public final class KioskTexts {
    private static final String BUNDLE = "org.sportello.kiosk.language.kiosk";
    private static final Map<KioskLanguage, KioskTexts> LOADED = new EnumMap<>(KioskLanguage.class);

    private final KioskLanguage language;
    private final ResourceBundle bundle;
    private final MessageFormatting formatting;

    private KioskTexts(KioskLanguage language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.formatting = new MessageFormatting(language.tag());
    }

    public static KioskTexts of(KioskLanguage language) {
        synchronized (LOADED) {
            return LOADED.computeIfAbsent(language, KioskTexts::new);
        }
    }

    public static KioskTexts of(Locale locale) {
        return of(KioskLanguage.of(locale));
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

    /**
     * The service's name as the citizen reads it: the office's own Italian or English name, or, in the
     * other languages, the file's {@code service.<letter>.name}, else the English name (better than none).
     */
    public String serviceName(ServiceInfo service) {
        return switch (language) {
            case ITALIAN, ENGLISH -> service.name(locale());
            default -> translated("service." + service.prefix() + ".name", service.nameEn());
        };
    }

    public String serviceDescription(ServiceInfo service) {
        return switch (language) {
            case ITALIAN, ENGLISH -> service.description(locale());
            default -> translated("service." + service.prefix() + ".description", service.description(Locale.ENGLISH));
        };
    }

    private String translated(String key, String otherwise) {
        return bundle.containsKey(key) ? bundle.getString(key) : otherwise == null ? "" : otherwise;
    }
}
