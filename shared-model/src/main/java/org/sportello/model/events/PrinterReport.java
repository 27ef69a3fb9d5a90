package org.sportello.model.events;

import java.util.Objects;
import java.util.Optional;

/**
 * What a kiosk tells the office about its ticket printer, so the desks can send someone with a
 * roll of paper. Carried in the detail of a {@link EventType#PRINTER_STATUS} event as
 * {@code "STATE station"}, which keeps the log's schema unchanged.
 *
 * @param station the kiosk's name as the staff know it ("Chiosco 1")
 * @param state   what the printer last said
 */
public record PrinterReport(String station, State state) {
    /** The model's own words for printer states: shared-model does not see device-drivers. */
    public enum State {
        OK,
        /** Still printing, but the roll will run out soon. */
        PAPER_NEAR_END,
        /** Not printing: citizens read their number off the kiosk screen. */
        PAPER_OUT,
        COVER_OPEN,
        /** Not printing for another reason (error, unplugged). */
        OFFLINE;

        public boolean needsAttention() {
            return this != OK;
        }
    }

    public PrinterReport {
        Objects.requireNonNull(state, "state");
        station = station == null || station.isBlank() ? "?" : station.strip();
    }

    public String detail() {
        return state.name() + " " + station;
    }

    /** The report in a {@link EventType#PRINTER_STATUS} event; empty for other events or an unreadable detail. */
    public static Optional<PrinterReport> of(OfficeEvent event) {
        if (event.type() != EventType.PRINTER_STATUS || event.detail() == null) {
            return Optional.empty();
        }
        String detail = event.detail();
        int space = detail.indexOf(' ');
        String state = space < 0 ? detail : detail.substring(0, space);
        String station = space < 0 ? "" : detail.substring(space + 1);
        try {
            return Optional.of(new PrinterReport(station, State.valueOf(state)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty(); // written by a newer version: better no banner than a wrong one
        }
    }
}
