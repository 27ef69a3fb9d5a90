package org.sportello.display;

/**
 * How many wait for one service, as shown at the foot of the board; {@code served} false when no open
 * counter serves it now, so nobody waiting there is about to be called.
 */
public record WaitingLine(String prefix, String service, int waiting, boolean served) {
    public WaitingLine(String prefix, String service, int waiting) {
        this(prefix, service, waiting, true);
    }
}
