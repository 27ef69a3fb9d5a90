package org.sportello.model.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.events.PrinterReport.State;
import org.sportello.server.testing.TestOffice;

class PrinterReportTest {
    @TempDir
    Path dir;

    private static OfficeEvent event(EventType type, String detail) {
        return new OfficeEvent(1, UUID.randomUUID(), Instant.EPOCH, type, null, null, null, null, null, null, detail);
    }

    @Test
    void aReportSurvivesTheTripThroughTheEventDetailWithSpacesInTheStationName() {
        PrinterReport report = new PrinterReport("Chiosco 1 ingresso", State.PAPER_OUT);
        assertThat(PrinterReport.of(event(EventType.PRINTER_STATUS, report.detail()))).contains(report);
    }

    @Test
    void otherEventsAndUnknownStatesAreNotReports() {
        assertThat(PrinterReport.of(event(EventType.TICKET_ISSUED, "PAPER_OUT Chiosco 1"))).isEmpty();
        assertThat(PrinterReport.of(event(EventType.PRINTER_STATUS, "ON_FIRE Chiosco 1"))).isEmpty();
        assertThat(PrinterReport.of(event(EventType.PRINTER_STATUS, null))).isEmpty();
    }

    @Test
    void aReportWrittenByAKioskIsReadBackFromTheOfficeLog() {
        try (TestOffice office = TestOffice.embedded(dir)) {
            long before = office.connection().events().latestSeq();
            office.connection().devices().printer(new PrinterReport("Chiosco 1", State.COVER_OPEN));

            var events = office.connection().events().after(before, 10);
            assertThat(events).hasSize(1);
            assertThat(events.getFirst().type()).isEqualTo(EventType.PRINTER_STATUS);
            assertThat(events.getFirst().occurredAt()).isEqualTo(office.clock().instant());
            assertThat(PrinterReport.of(events.getFirst())).contains(new PrinterReport("Chiosco 1", State.COVER_OPEN));
        }
    }
}
