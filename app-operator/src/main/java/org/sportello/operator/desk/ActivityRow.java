package org.sportello.operator.desk;

import java.time.Instant;
import org.sportello.model.events.EventType;

/** One line of the office's recent activity, taken from the office log. */
public record ActivityRow(Instant at, EventType type, String ticketCode, Integer counterNumber) {
}
