package org.sportello.devices.transport;

/**
 * A transport string the technician wrote cannot be understood. The message names the string and
 * what is wrong with it, and shows the expected form, because it ends up on a terminal or in a
 * log that a technician reads on site.
 */
public final class InvalidTransportSpecException extends IllegalArgumentException {
    public InvalidTransportSpecException(String spec, String problem, String expectedForm) {
        super("invalid transport '" + spec + "': " + problem + " (expected " + expectedForm + ")");
    }
}
