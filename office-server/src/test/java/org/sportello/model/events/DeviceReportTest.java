package org.sportello.model.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.events.DeviceReport.Device;
import org.sportello.model.events.DeviceReport.State;
import org.sportello.server.testing.TestOffice;

class DeviceReportTest {
    @TempDir
    Path dir;

    private static OfficeEvent event(EventType type, String detail) {
        return new OfficeEvent(1, UUID.randomUUID(), Instant.EPOCH, type, null, null, null, null, null, null, detail);
    }

    @Test
    void aReportSurvivesTheTripThroughTheEventDetailWithSpacesAndApostrophesInTheStation() {
        DeviceReport board = new DeviceReport("Sala d'attesa 2", Device.BOARD, "counter2", State.NOT_ANSWERING);
        assertThat(board.detail()).isEqualTo("NOT_ANSWERING BOARD counter2@Sala d'attesa 2");
        assertThat(DeviceReport.of(event(EventType.DEVICE_STATUS, board.detail()))).contains(board);
        DeviceReport voice = DeviceReport.voice("Sala", State.OK);
        assertThat(DeviceReport.of(event(EventType.DEVICE_STATUS, voice.detail()))).contains(voice);
        assertThat(new DeviceReport("Sala", Device.BOARD, "board @ door", State.OK).name()).isEqualTo("board_door");
    }

    @Test
    void otherEventsAndUnknownWordsAreNotReports() {
        assertThat(DeviceReport.of(event(EventType.PRINTER_STATUS, "NOT_ANSWERING BOARD main@Sala"))).isEmpty();
        assertThat(DeviceReport.of(event(EventType.DEVICE_STATUS, "ON_FIRE BOARD main@Sala"))).isEmpty();
        assertThat(DeviceReport.of(event(EventType.DEVICE_STATUS, "OK PROJECTOR main@Sala"))).isEmpty();
        assertThat(DeviceReport.of(event(EventType.DEVICE_STATUS, "OK BOARD main"))).isEmpty();
        assertThat(DeviceReport.of(event(EventType.DEVICE_STATUS, null))).isEmpty();
    }

    @Test
    void aReportWrittenByADisplayIsReadBackFromTheOfficeLog() {
        try (TestOffice office = TestOffice.embedded(dir)) {
            long before = office.connection().events().latestSeq();
            DeviceReport report = new DeviceReport("Sala", Device.BOARD, "main", State.NOT_ANSWERING);
            office.connection().devices().device(report);

            var events = office.connection().events().after(before, 10);
            assertThat(events).singleElement().satisfies(e -> {
                assertThat(e.type()).isEqualTo(EventType.DEVICE_STATUS);
                assertThat(DeviceReport.of(e)).contains(report);
            });
        }
    }
}
