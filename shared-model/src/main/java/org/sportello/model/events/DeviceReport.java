package org.sportello.model.events;

import java.util.Objects;
import java.util.Optional;

/**
 * What a hall display workstation tells the office about a board or its voice, so the counters know
 * when the hall no longer shows or says the numbers they call. Carried in the detail of a
 * {@link EventType#DEVICE_STATUS} event as {@code "STATE DEVICE name@station"}, like
 * {@link PrinterReport}, which keeps the log's schema unchanged.
 *
 * @param station the display workstation's name as the staff know it ("Sala d'attesa")
 * @param device  which kind of device
 * @param name    the board's name in the workstation's devices file ({@code main}, {@code counter2});
 *                {@code voice} for the announcer
 * @param state   what the device last did
 */
public record DeviceReport(String station, Device device, String name, State state) {
    public enum Device {
        /** An LED board in the hall or above a counter. */
        BOARD,
        /** The announcer's voice. */
        VOICE
    }

    public enum State {
        OK,
        /** The last update or announcement failed; the workstation keeps retrying. */
        NOT_ANSWERING;

        public boolean needsAttention() {
            return this != OK;
        }
    }

    public DeviceReport {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(state, "state");
        station = station == null || station.isBlank() ? "?" : station.strip();
        // A name with spaces or '@' could not be read back; board names are devices-file keys anyway.
        name = name == null || name.isBlank() ? "?" : name.strip().replaceAll("[\\s@]+", "_");
    }

    public static DeviceReport voice(String station, State state) {
        return new DeviceReport(station, Device.VOICE, "voice", state);
    }

    /** The same device of the same workstation: a newer report replaces an older one. */
    public String key() {
        return device + " " + name + "@" + station;
    }

    public String detail() {
        return state.name() + " " + key();
    }

    /** The report in a {@link EventType#DEVICE_STATUS} event; empty for other events or an unreadable detail. */
    public static Optional<DeviceReport> of(OfficeEvent event) {
        if (event.type() != EventType.DEVICE_STATUS || event.detail() == null) {
            return Optional.empty();
        }
        String[] parts = event.detail().split(" ", 3);
        int at = parts.length == 3 ? parts[2].indexOf('@') : -1;
        if (at < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DeviceReport(parts[2].substring(at + 1), Device.valueOf(parts[1]),
                    parts[2].substring(0, at), State.valueOf(parts[0])));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty(); // written by a newer version: better no banner than a wrong one
        }
    }
}
