package org.sportello.display.devices;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which calls a board shows, from its name in devices.properties: {@code main} (or any name without
 * a number) is a hall board and shows every call; a name ending in a number ({@code counter5},
 * {@code sportello12}) hangs above that counter and shows only the calls to it.
 */
public record BoardTarget(String name, OptionalInt counter) {
    private static final Pattern TRAILING_NUMBER = Pattern.compile(".*?(\\d+)$");

    public static BoardTarget of(String boardName) {
        Matcher m = TRAILING_NUMBER.matcher(boardName);
        return new BoardTarget(boardName, m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty());
    }

    public boolean isHall() {
        return counter.isEmpty();
    }

    public boolean shows(int calledCounter) {
        return counter.isEmpty() || counter.getAsInt() == calledCounter;
    }
}
