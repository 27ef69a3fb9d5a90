package org.sportello.operator.screens;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.devices.card.CardReader;
import org.sportello.model.queue.QueueService;
import org.sportello.server.testing.TestOffice;
import org.sportello.link.InProcessOffice;

/** The operator window on a fresh embedded demo office, opened before each test and closed after it. */
abstract class OfficeScreenFixture extends ScreenTest {
    @TempDir
    Path dir;
    TestOffice office;
    QueueService queue;

    /** The desk's health-card reader; none unless a test needs one. */
    CardReader cardReader() {
        return null;
    }

    @BeforeEach
    void openOffice() throws Exception {
        office = TestOffice.embedded(dir);
        queue = office.connection().queue();
        openWindow(InProcessOffice.link(office.connection()), office.clock(), cardReader());
    }

    @AfterEach
    void closeOffice() throws Exception {
        closeWindow();
        stage = null;
        office.close();
    }
}
