package org.sportello.devices.printer.virtual;

import java.nio.charset.Charset;
import java.util.Map;

/**
 * The ESC t n character code tables the virtual printer knows, numbered as in Epson's table.
 * Unknown numbers fall back to PC437, the power-on table, as a real printer would keep printing
 * with some table rather than stop.
 */
final class CharacterTables {
    static final Charset PC437 = Charset.forName("IBM437");

    private static final Map<Integer, Charset> TABLES = Map.of(
            0, PC437,
            2, Charset.forName("IBM850"),
            3, Charset.forName("IBM860"),
            4, Charset.forName("IBM863"),
            5, Charset.forName("IBM865"),
            16, Charset.forName("windows-1252"),
            17, Charset.forName("IBM866"),
            18, Charset.forName("IBM852"),
            19, Charset.forName("IBM00858"));

    private CharacterTables() {
    }

    static Charset forNumber(int n) {
        return TABLES.getOrDefault(n, PC437);
    }
}
