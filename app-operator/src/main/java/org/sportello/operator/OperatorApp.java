package org.sportello.operator;

import java.time.Clock;
import javafx.stage.Stage;
import org.sportello.devices.card.BadgeReader;
import org.sportello.devices.card.CardReader;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.operator.documents.DeskPrinters;
import org.sportello.operator.office.ConnectedOffice;
import org.sportello.operator.office.OfficeLink;

/**
 * The operator desk as other programs start it. Call on the JavaFX application thread; the window
 * opens on the login screen. The connection stays the caller's: closing the window does not close it.
 */
public final class OperatorApp {
    private OperatorApp() {
    }

    /** The demo launcher's entry point. */
    public static void start(Stage stage, OfficeConnection office) {
        start(stage, office, Clock.systemUTC());
    }

    /** With the clock the office services use, so on-screen waits agree with theirs (tests move it). */
    public static void start(Stage stage, OfficeConnection office, Clock clock) {
        start(stage, new ConnectedOffice(office), clock, null);
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
     */
    public static void start(Stage stage, OfficeLink office, Clock clock, Runnable onClosed, BadgeReader badgeReader,
                             CardReader cardReader, DeskPrinters printers) {
        new OperatorWindow(stage, office, clock, onClosed, badgeReader, cardReader, printers);
        stage.show();
    }

    /** The demo launcher's entry point with its printers (a virtual counter printer, PostScript files for A4). */
    public static void start(Stage stage, OfficeConnection office, DeskPrinters printers) {
        start(stage, new ConnectedOffice(office), Clock.systemUTC(), null, null, null, printers);
    }
}
