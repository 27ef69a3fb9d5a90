package org.sportello.display;

/** How many wait for one service, as shown at the foot of the board. */
public record WaitingLine(String prefix, String service, int waiting) {
}
