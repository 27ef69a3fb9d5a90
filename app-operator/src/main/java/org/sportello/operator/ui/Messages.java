package org.sportello.operator.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.sportello.model.common.SportelloException;

/**
 * The operator desk's texts in the chosen language. Views bind labels to {@link #bind} so a language
 * switch on the login screen relabels everything at once; ViewModels format their notices with
 * {@link #text}.
 */
public final class Messages {
    /** Italian first: it is the office's language and the default. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ITALIAN, Locale.ENGLISH);
    private static final String BUNDLE = "org.sportello.operator.messages";

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(Locale.ITALIAN);

    public Messages() {
        locale.addListener((obs, old, now) -> {
            if (now == null) {
                locale.set(Locale.ITALIAN);
            }
        });
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    public String text(String key, Object... args) {
        return text(locale.get(), key, args);
    }

    public static String text(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            // A missing text must be visible in the screenshots, not crash the desk.
            return "!" + key + "!";
        }
        // Always through MessageFormat, so every text quotes apostrophes the same way ('').
        return new MessageFormat(pattern, locale).format(args);
    }

    /** A text that follows the language; {@code args} are read when the language changes, not later. */
    public StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> text(key, args), locale);
    }

    /** What a person reads for a refusal from the office services. */
    public String problem(SportelloException e) {
        return e.localizedMessage(locale.get());
    }

    /** Name of an enum constant, e.g. {@code outcome.RESOLVED}. */
    public String name(Enum<?> value) {
        return text(value.getDeclaringClass().getSimpleName().toLowerCase(Locale.ROOT) + "." + value.name());
    }

    private static ResourceBundle bundle(Locale locale) {
        // No fallback to the JVM's default locale: an English desk on an Italian PC stays English.
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
