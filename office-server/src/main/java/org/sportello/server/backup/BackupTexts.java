package org.sportello.server.backup;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** What backup, restore and a refused start say to a person, in Italian or English ({@code messages*.properties}). */
public final class BackupTexts {
    private static final String BUNDLE = "org.sportello.server.backup.messages";

    private BackupTexts() {
    }

    /** The text of {@code key} in the default locale, with {@code args} put in ({@link MessageFormat}). */
    public static String text(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
        // Strings only: MessageFormat would group a byte count as "1,234,567" in one language and not the other.
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(bundle.getString(key), Locale.getDefault()).format(plain);
    }
}
