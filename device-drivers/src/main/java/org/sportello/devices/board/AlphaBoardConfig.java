package org.sportello.devices.board;

import java.time.Duration;
import java.util.Objects;

/**
 * One Alpha protocol board on a line.
 *
 * @param name         for messages ("hall", "counter 5")
 * @param address      its address on the line (each board on an RS-485 bus has its own)
 * @param fileLabel    the TEXT file written; 'A' is the sign's default file
 * @param position     display position
 * @param mode         display mode; HOLD keeps a called number still
 * @param template     what to show, with {ticket} and {counter}: "{ticket} > {counter}" on the
 *                     hall board, "{ticket}" above a counter
 * @param writeTimeout longest wait for one packet to go out
 */
public record AlphaBoardConfig(String name, AlphaSignAddress address, char fileLabel, AlphaDisplayPosition position,
                               AlphaMode mode, String template, Duration writeTimeout) {
    public AlphaBoardConfig {
        Objects.requireNonNull(name);
        Objects.requireNonNull(address);
        Objects.requireNonNull(template);
    }

    public static AlphaBoardConfig hall(int address) {
        return new AlphaBoardConfig("hall", AlphaSignAddress.of(address), 'A', AlphaDisplayPosition.FILL,
                AlphaMode.HOLD, "{ticket} > {counter}", Duration.ofSeconds(2));
    }

    public static AlphaBoardConfig counter(String counter, int address) {
        return new AlphaBoardConfig("counter " + counter, AlphaSignAddress.of(address), 'A', AlphaDisplayPosition.FILL,
                AlphaMode.HOLD, "{ticket}", Duration.ofSeconds(2));
    }

    String render(BoardCall call) {
        return template.replace("{ticket}", call.ticketCode()).replace("{counter}", call.counter());
    }
}
