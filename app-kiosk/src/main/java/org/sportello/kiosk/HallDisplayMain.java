package org.sportello.kiosk;

import java.util.ArrayList;
import java.util.List;

/**
 * The hall display's own entry point: {@link KioskMain} with {@code --display} always on. The installed
 * {@code sportello-display} launcher needs one, because jpackage drops a launcher's fixed arguments as soon
 * as the command line gives any, and {@code sportello-display --office HOST:PORT} would start a kiosk.
 */
public final class HallDisplayMain {
    private HallDisplayMain() {
    }

    public static void main(String[] args) {
        KioskMain.main(arguments(List.of(args)).toArray(String[]::new));
    }

    /** The command line {@link KioskMain} gets: the given one, with {@code --display} in front unless it is there. */
    static List<String> arguments(List<String> given) {
        if (given.contains("--display")) {
            return given;
        }
        List<String> args = new ArrayList<>(given.size() + 1);
        args.add("--display");
        args.addAll(given);
        return args;
    }
}
