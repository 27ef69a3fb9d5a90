package org.sportello.model.cases;

import java.time.LocalDate;

/** The plan's job talks: done within the window, required, and the window's last day (null without a DID). */
public record Talks(int done, int required, LocalDate by) {
    public static final Talks NONE = new Talks(0, 0, null);

    public boolean met() {
        return done >= required;
    }
}
