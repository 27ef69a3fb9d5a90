package org.sportello.operator.desk;

import org.sportello.model.office.CounterState;

/** One counter in the queue overview; {@code mine} is this desk's own. */
public record CounterRow(int number, CounterState state, String pauseReason, String operatorName,
                         String ticketCode, boolean mine) {
}
