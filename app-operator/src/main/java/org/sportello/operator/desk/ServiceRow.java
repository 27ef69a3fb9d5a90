package org.sportello.operator.desk;

import java.time.Duration;

/**
 * One service's line in the queue overview.
 *
 * @param overTarget the longest wait is past the service-charter target
 * @param servedHere this counter calls from this line
 */
public record ServiceRow(String prefix, String name, int waiting, int priorityWaiting, Duration longestWait,
                         int servedToday, boolean overTarget, boolean servedHere) {
}
