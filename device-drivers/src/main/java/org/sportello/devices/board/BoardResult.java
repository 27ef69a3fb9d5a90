package org.sportello.devices.board;

import org.sportello.devices.DeviceStatus;

/** Whether the board was sent the update, and its status afterwards; drivers never throw for device faults. */
public record BoardResult(boolean sent, DeviceStatus status, String detail) {
    public static BoardResult sent(DeviceStatus status) {
        return new BoardResult(true, status, "");
    }

    public static BoardResult failed(DeviceStatus status, String detail) {
        return new BoardResult(false, status, detail);
    }
}
