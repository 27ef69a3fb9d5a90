package org.sportello.demo;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The demo's console is read by someone trying Sportello for the first time: it should hold the few lines they
 * need (the office's address, the login) and any real warning, not a server's routine notes.
 */
final class DemoConsole {
    /** Held: java.util.logging keeps its loggers weakly, and a collected one would forget its level and filter. */
    private static final Logger SERVER = Logger.getLogger("org.sportello.server");
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private DemoConsole() {
    }

    static void quiet() {
        // The office server's INFO lines (the offer index rebuilt, and so on) belong in a technician's log.
        SERVER.setLevel(Level.WARNING);
        // The demo puts JavaFX on the class path, as the stations' launchers do; JavaFX warns about that at
        // every start ("Unsupported JavaFX configuration"), which tells a new user nothing they can act on.
        // Only that line is dropped: the filter does not reach the toolkit's other loggers (CSS, bindings).
        JAVAFX.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
    }
}
