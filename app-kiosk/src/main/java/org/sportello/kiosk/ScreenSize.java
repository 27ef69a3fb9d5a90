package org.sportello.kiosk;

import java.util.List;

/**
 * A kiosk display: its pixels and its diagonal, so a touch target can be measured in millimetres
 * (EN 301 549 / WCAG 2.5.8 ask for targets a finger can hit; we ask 9 mm).
 */
public record ScreenSize(String name, int widthPx, int heightPx, double diagonalInches) {
    /** The usual floor-standing totem: 32", portrait. */
    public static final ScreenSize TOTEM_32 = new ScreenSize("1080x1920", 1080, 1920, 32);
    public static final ScreenSize WALL_22 = new ScreenSize("1920x1080", 1920, 1080, 21.5);
    public static final ScreenSize TABLET_15 = new ScreenSize("1366x768", 1366, 768, 15.6);
    public static final ScreenSize OLD_15 = new ScreenSize("1024x768", 1024, 768, 15);

    /** The sizes the kiosk is laid out and tested for. */
    public static final List<ScreenSize> SUPPORTED = List.of(OLD_15, TABLET_15, WALL_22, TOTEM_32);

    public ScreenSize {
        if (widthPx <= 0 || heightPx <= 0 || !(diagonalInches > 0)) {
            throw new IllegalArgumentException("implausible screen " + widthPx + "x" + heightPx + " " + diagonalInches + "\"");
        }
    }

    public double pixelsPerMm() {
        return Math.hypot(widthPx, heightPx) / (diagonalInches * 25.4);
    }

    public boolean portrait() {
        return heightPx > widthPx;
    }
}
