package org.sportello.demo;

import javafx.geometry.Rectangle2D;

/**
 * Where the demo's windows go on a screen of a given size; pure, for tests.
 *
 * <p>On a wide screen: the kiosk on the left (portrait, like the real one), the desk beside it at its
 * design width, the simulated boards and printed tickets in a column on the right, and the hall display
 * at a size its words can be read at (at least 960x540, half its design), at the column's foot; where the
 * column is narrower than that (full HD), the hall display reaches over the desk and opens behind it.
 *
 * <p>On a screen with no room for that column (1366x768, 1024x768) every window still opens at a size
 * that shows all of it: shrinking them side by side made the desk cut its keys and status bar, the
 * boards' window cut its buttons, and the hall display a thumbnail nobody could read. The desk gets its
 * design width in front, the kiosk beside it where it fits (else behind it), and the hall display,
 * boards and tickets open behind them, a window switch away (the demo says so on its console).
 *
 * @param kioskBehind  the kiosk did not fit beside the desk and opens behind it
 * @param othersBehind the hall display, boards and tickets open behind the desk
 */
record DemoLayout(Rectangle2D kiosk, Rectangle2D desk, Rectangle2D hall, Rectangle2D devices, Rectangle2D tickets,
                  boolean kioskBehind, boolean othersBehind) {
    /** The desk's columns and keys all fit from here up (the fit tests' smallest size). */
    static final double DESK_MIN = 1024;
    static final double DESK_MAX = 1366;
    static final double HALL_READABLE_W = 960;
    /** Narrower than this, the boards' window cuts its buttons. */
    static final double COLUMN_MIN = 400;
    /** The kiosk's tiles stay legible down to about this width (its text scales with the window). */
    static final double KIOSK_MIN = 300;

    static DemoLayout of(double w, double h) {
        double kioskW = Math.min(h * 9 / 16, w * 0.25);
        double deskW;
        double spare = w - DESK_MIN - HALL_READABLE_W;
        if (spare >= KIOSK_MIN) {
            // Room for the hall display beside the desk at a readable size once the kiosk and the desk give
            // up some width (2560 px and up): nothing overlaps.
            kioskW = Math.min(kioskW, spare);
            deskW = Math.max(DESK_MIN, Math.min(DESK_MAX, w - kioskW - HALL_READABLE_W));
        } else {
            deskW = Math.max(Math.min(DESK_MIN, w - kioskW), Math.min(DESK_MAX, w - kioskW - 420));
        }
        double rightW = w - kioskW - deskW;
        if (rightW >= COLUMN_MIN && deskW >= DESK_MIN) {
            double rightX = kioskW + deskW;
            double hallW = Math.min(w, Math.max(HALL_READABLE_W, rightW));
            double hallH = Math.min(h, hallW * 9 / 16);
            double devicesH = Math.min(380, h / 3);
            double ticketsH = rightW >= hallW ? h - devicesH - hallH : h - devicesH;
            return new DemoLayout(new Rectangle2D(0, 0, kioskW, h), new Rectangle2D(kioskW, 0, deskW, h),
                    new Rectangle2D(w - hallW, h - hallH, hallW, hallH), new Rectangle2D(rightX, 0, rightW, devicesH),
                    new Rectangle2D(rightX, devicesH, rightW, ticketsH), false, false);
        }
        double besideW = Math.min(h * 9 / 16, w - DESK_MIN);
        boolean kioskBeside = besideW >= KIOSK_MIN;
        Rectangle2D kiosk = kioskBeside ? new Rectangle2D(0, 0, besideW, h)
                : new Rectangle2D(0, 0, Math.min(w, h * 9 / 16), h);
        double deskX = kioskBeside ? besideW : 0;
        Rectangle2D desk = new Rectangle2D(deskX, 0, Math.min(w - deskX, DESK_MAX), h);
        double hallW = Math.min(w, HALL_READABLE_W);
        double columnW = Math.min(w, COLUMN_MIN + 16);
        double devicesH = Math.min(380, h / 2);
        return new DemoLayout(kiosk, desk, new Rectangle2D(w - hallW, 0, hallW, Math.min(h, hallW * 9 / 16)),
                new Rectangle2D(w - columnW, 0, columnW, devicesH),
                new Rectangle2D(w - columnW, devicesH, columnW, h - devicesH), !kioskBeside, true);
    }

    /**
     * The readable hall display overlaps the desk (a full-HD screen has no room for both side by side): the desk
     * then stays in front, since its login and keys are what the user works with, and the hall is a click away.
     */
    boolean hallOverDesk() {
        return !othersBehind && hall.intersects(desk);
    }
}
