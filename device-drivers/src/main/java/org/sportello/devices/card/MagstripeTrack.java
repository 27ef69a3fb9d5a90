package org.sportello.devices.card;

import java.util.Arrays;
import java.util.List;

/**
 * One decoded ISO 7811 track.
 *
 * @param number     1 (alphanumeric, '%' start) or 2 (numeric, ';' start); a third ';' track is 3
 * @param data       the characters between start and end sentinel
 * @param lrcChecked true when an LRC was present and matched; false when the reader stripped it
 */
public record MagstripeTrack(int number, String data, boolean lrcChecked) {
    /** Fields split on the track's separator: '^' on track 1, '=' on tracks 2 and 3. */
    public List<String> fields() {
        return Arrays.asList(data.split(number == 1 ? "\\^" : "=", -1));
    }
}
