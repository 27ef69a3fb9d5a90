package org.sportello.server.install;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** What {@code sportello setup} says, in Italian or English ({@code install/messages*.properties}). */
public final class InstallTexts {
    private static final String BUNDLE = "org.sportello.server.install.messages";

    private InstallTexts() {
    }

    public static String text(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(bundle.getString(key), Locale.getDefault()).format(plain);
    }
}
