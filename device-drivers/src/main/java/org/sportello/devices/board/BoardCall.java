package org.sportello.devices.board;

import java.util.Objects;

/** A call to show: ticket code to counter ("A023" to "5"). */
public record BoardCall(String ticketCode, String counter) {
    public BoardCall {
        Objects.requireNonNull(ticketCode, "ticketCode");
        Objects.requireNonNull(counter, "counter");
    }
}
