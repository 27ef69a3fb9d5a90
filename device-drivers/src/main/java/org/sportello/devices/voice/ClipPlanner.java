package org.sportello.devices.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which clips make up an announcement: the chime, the word for "number", the ticket code spelled
 * character by character, the word for "counter", the counter spelled the same way. Spelling
 * digit by digit ("A 0 2 3") is how Italian offices call tickets, and it needs only 36 clips per
 * language instead of every number word. Characters with no clip (spaces, dashes) are skipped.
 */
public final class ClipPlanner {
    public static final String CHIME = "chime";

    private ClipPlanner() {
    }

    public static List<String> plan(Announcement a) {
        String lang = a.language().folder();
        List<String> clips = new ArrayList<>();
        clips.add(CHIME);
        clips.add(lang + "/" + a.language().numberWord());
        spell(a.ticketCode(), lang, clips);
        clips.add(lang + "/" + a.language().counterWord());
        spell(a.counter(), lang, clips);
        return clips;
    }

    private static void spell(String text, String lang, List<String> clips) {
        for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                clips.add(lang + "/" + c);
            }
        }
    }
}
