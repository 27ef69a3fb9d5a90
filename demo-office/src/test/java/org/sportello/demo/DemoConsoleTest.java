package org.sportello.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The demo's console: the toolkit's class-path notice and the server's routine notes stay out, warnings do not. */
class DemoConsoleTest {
    @Test
    void onlyTheNoticesANewUserCannotActOnAreDropped() {
        List<String> seen = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (isLoggable(r)) {
                    seen.add(r.getLoggerName() + " " + r.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        try {
            DemoConsole.quiet();
            // As JavaFX and the server log: through System.Logger (JavaFX) and java.util.logging (the server).
            System.Logger javafx = System.getLogger("javafx");
            javafx.log(System.Logger.Level.WARNING, "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1'");
            javafx.log(System.Logger.Level.WARNING, "a real toolkit warning");
            Logger offers = Logger.getLogger("org.sportello.server.offers.OfficeOffers");
            offers.info("the offer index was rebuilt from the catalogue");
            offers.warning("the office database failed");
            assertThat(seen).containsExactly("javafx a real toolkit warning",
                    "org.sportello.server.offers.OfficeOffers the office database failed");
        } finally {
            root.removeHandler(handler);
        }
    }
}
