package org.sportello.devices.printer.escpos;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines of at most {@code columns} characters at spaces, cutting words only when
 * one alone is longer than a line. Done on the host because the printer's own wrap splits words.
 */
public final class TextWrapper {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private TextWrapper() {
    }

    public static List<String> wrap(String text, int columns) {
        if (columns <= 0) {
            throw new IllegalArgumentException("columns must be positive");
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : SPACES.split(text.strip())) {
            if (word.isEmpty()) {
                continue;
            }
            while (word.length() > columns) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, columns));
                word = word.substring(columns);
            }
            if (line.isEmpty()) {
                line.append(word);
            } else if (line.length() + 1 + word.length() <= columns) {
                line.append(' ').append(word);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
