package org.sportello.server.storage;

import java.time.Clock;
import java.util.UUID;
import org.sportello.model.events.DeviceReport;
import org.sportello.model.events.DeviceReports;
import org.sportello.model.events.EventType;
import org.sportello.model.events.PrinterReport;

/** Device reports as office events, so every desk following the log hears them. */
public final class JooqDeviceReports implements DeviceReports {
    private final OfficeDatabase database;
    private final EventWriter events;
    private final Clock clock;

    public JooqDeviceReports(OfficeDatabase database, UUID officeId, Clock clock) {
        this.database = database;
        this.events = new EventWriter(officeId);
        this.clock = clock;
    }

    @Override
    public void printer(PrinterReport report) {
        write(EventType.PRINTER_STATUS, report.detail());
    }

    @Override
    public void device(DeviceReport report) {
        write(EventType.DEVICE_STATUS, report.detail());
    }

    private void write(EventType type, String detail) {
        new Transactions(database).run(db -> {
            events.event(type, clock.instant()).detail(detail).write(db);
            return null;
        });
    }
}
