package org.sportello.model.events;

/** Where workstations write what their devices say, for the office log. May block; may fail while the office is unreachable. */
public interface DeviceReports {
    void printer(PrinterReport report);

    /** A hall board or the hall's voice. */
    void device(DeviceReport report);
}
