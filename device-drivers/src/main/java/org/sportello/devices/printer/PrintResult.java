package org.sportello.devices.printer;

import org.sportello.devices.DeviceStatus;

/** The outcome of one print job: printed or not, and the printer's status afterwards. */
public record PrintResult(boolean printed, DeviceStatus status, String detail) {
    public static PrintResult printed(DeviceStatus status) {
        return new PrintResult(true, status, "");
    }

    public static PrintResult failed(DeviceStatus status, String detail) {
        return new PrintResult(false, status, detail);
    }
}
