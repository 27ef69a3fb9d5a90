package org.sportello.model.agenda;

import java.util.Objects;

/** A workshop calendar's room and how many people one session takes. */
public record Workshop(String room, int seats) {
    public Workshop {
        Objects.requireNonNull(room, "room");
        if (room.isBlank()) {
            throw new IllegalArgumentException("a workshop needs a room");
        }
        if (seats < 1) {
            throw new IllegalArgumentException("a workshop needs at least one seat");
        }
    }
}
