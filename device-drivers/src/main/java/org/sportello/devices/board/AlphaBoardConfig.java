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
 * @param columns      characters the board shows at once (0: not known); a longer call is shortened
 *                     or scrolls ({@link BoardText}), never cut
 */
public record AlphaBoardConfig(String name, AlphaSignAddress address, char fileLabel, AlphaDisplayPosition position,
                               AlphaMode mode, String template, Duration writeTimeout, int columns) {
    /** The usual one-line hall sign: eight characters, "A023 > 5" exactly. */
    public static final int HALL_COLUMNS = 8;
    /** The usual sign above a counter: four characters, a ticket code. */
    public static final int COUNTER_COLUMNS = 4;

    public AlphaBoardConfig {
        Objects.requireNonNull(name);
        Objects.requireNonNull(address);
        Objects.requireNonNull(template);
    }

    /** A board whose width is not known: the whole call, standing still. */
    public AlphaBoardConfig(String name, AlphaSignAddress address, char fileLabel, AlphaDisplayPosition position,
                            AlphaMode mode, String template, Duration writeTimeout) {
        this(name, address, fileLabel, position, mode, template, writeTimeout, 0);
    }

    public static AlphaBoardConfig hall(int address) {
        return new AlphaBoardConfig("hall", AlphaSignAddress.of(address), 'A', AlphaDisplayPosition.FILL,
                AlphaMode.HOLD, "{ticket} > {counter}", Duration.ofSeconds(2), HALL_COLUMNS);
    }

    public static AlphaBoardConfig counter(String counter, int address) {
        return new AlphaBoardConfig("counter " + counter, AlphaSignAddress.of(address), 'A', AlphaDisplayPosition.FILL,
                AlphaMode.HOLD, "{ticket}", Duration.ofSeconds(2), COUNTER_COLUMNS);
    }

    /** The same board, {@code columns} characters wide ({@code board.NAME.columns} in devices.properties). */
    public AlphaBoardConfig withColumns(int columns) {
        return new AlphaBoardConfig(name, address, fileLabel, position, mode, template, writeTimeout, columns);
    }

    /** The call as this board shows it. */
    BoardText render(BoardCall call) {
        return BoardText.fit(template.replace("{ticket}", call.ticketCode()).replace("{counter}", call.counter()),
                columns);
    }
}
