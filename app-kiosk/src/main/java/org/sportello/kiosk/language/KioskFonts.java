package org.sportello.kiosk.language;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts the kiosk carries in its jar: DejaVu Sans (Latin, Cyrillic, Arabic; from shared-model) and
 * Droid Sans Fallback (Chinese). Loaded from the classpath, never looked up on the machine, so a kiosk
 * shows and prints every language the same way wherever it is installed.
 */
public final class KioskFonts {
    public static final String SANS = "/org/sportello/model/documents/fonts/DejaVuSans.ttf";
    public static final String SANS_BOLD = "/org/sportello/model/documents/fonts/DejaVuSans-Bold.ttf";
    public static final String CJK = "/org/sportello/kiosk/fonts/DroidSansFallbackFull.ttf";

    private static final class Awt {
        static final Font SANS_FONT = awt(SANS);
        static final Font SANS_BOLD_FONT = awt(SANS_BOLD);
        static final Font CJK_FONT = awt(CJK);
    }

    private KioskFonts() {
    }

    /** The resource of the font a language is written with; {@code bold} where the font has a bold face. */
    public static String resourceFor(KioskLanguage language, boolean bold) {
        return language == KioskLanguage.CHINESE ? CJK : bold ? SANS_BOLD : SANS;
    }

    /** For drawing tickets: the language's font at a size in dots. */
    public static Font awtFont(KioskLanguage language, boolean bold, float size) {
        Font base = language == KioskLanguage.CHINESE ? Awt.CJK_FONT : bold ? Awt.SANS_BOLD_FONT : Awt.SANS_FONT;
        return base.deriveFont(size);
    }

    /**
     * The font for each character of a text: the language's own, or DejaVu Sans where it has no glyph
     * (the Chinese font has no Latin digits: "A012", "14:30").
     */
    public static Font awtFontFor(KioskLanguage language, boolean bold, float size, int codePoint) {
        Font own = awtFont(language, bold, size);
        return own.canDisplay(codePoint) ? own : (bold ? Awt.SANS_BOLD_FONT : Awt.SANS_FONT).deriveFont(size);
    }

    /** Whether the kiosk's fonts can draw every character of the text in that language. */
    public static boolean canDraw(KioskLanguage language, boolean bold, String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)
                || awtFontFor(language, bold, 12, c).canDisplay(c));
    }

    public static InputStream open(String resource) {
        InputStream in = KioskFonts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("font missing from the kiosk's classpath: " + resource);
        }
        return in;
    }

    private static Font awt(String resource) {
        try (InputStream in = open(resource)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("unreadable font " + resource, e);
        }
    }
}
