package org.sportello.operator;

import java.time.Clock;
import javafx.stage.Stage;
import org.sportello.devices.card.BadgeReader;
import org.sportello.devices.card.CardReader;
import org.sportello.link.OfficeLink;
import org.sportello.operator.documents.DeskPrinters;

/**
 * The operator desk as other programs start it. Call on the JavaFX application thread; the window
 * opens on the login screen. The link stays the caller's: closing the window does not close it (a
 * {@link org.sportello.link.StationLink} is closed in {@code onClosed}, after the desk has closed its
 * counter and ended its operator's session).
 */
public final class OperatorApp {
    private OperatorApp() {
    }

    /** {@code onClosed} runs off the UI thread once the window has closed and its office work is done. */
    public static void start(Stage stage, OfficeLink office, Clock clock, Runnable onClosed) {
        start(stage, office, clock, onClosed, null);
    }

    /** With a PC/SC badge reader whose cards log operators in ({@code cardreader.driver=pcsc}); null for none. */
    public static void start(Stage stage, OfficeLink office, Clock clock, Runnable onClosed, BadgeReader badgeReader) {
        start(stage, office, clock, onClosed, badgeReader, null, DeskPrinters.defaults());
    }

    /**
     * With a health-card reader at the desk (TS-CNS chip or serial reader; null for none) and the desk's
     * printers: the A4 printer for documents and the counter's ticket printer for short receipts.
     * {@code clock} only moves the desk's own clocks (waits on screen); the office's time is the server's.
     */
    public static void start(Stage stage, OfficeLink office, Clock clock, Runnable onClosed, BadgeReader badgeReader,
                             CardReader cardReader, DeskPrinters printers) {
        new OperatorWindow(stage, office, clock, onClosed, badgeReader, cardReader, printers);
        stage.show();
    }

    /** The demo launcher's entry point with its printers (a virtual counter printer, PostScript files for A4). */
    public static void start(Stage stage, OfficeLink office, DeskPrinters printers, Runnable onClosed) {
        start(stage, office, Clock.systemUTC(), onClosed, null, null, printers);
    }
}
