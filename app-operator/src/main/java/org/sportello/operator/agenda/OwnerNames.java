package org.sportello.operator.agenda;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sportello.model.agenda.AgendaCalendar;
import org.sportello.model.auth.OperatorSession;

/**
 * Who each login in a calendar picker is: "Giulia Verdi (gverdi)". The office's list of calendars alone is not enough:
 * an operator who never had one is not in it (the office makes it on first read, which may come after the list), so
 * the names come from every source the desk has: the person logged in, the list, and each calendar read. Used on the
 * FX thread only.
 */
final class OwnerNames {
    private final Map<String, String> names = new HashMap<>();
    private final List<Runnable> listeners = new ArrayList<>();

    OwnerNames(OperatorSession me) {
        if (me.displayName() != null && !me.displayName().isBlank()) {
            names.put(me.login(), me.displayName());
        }
    }

    void learn(AgendaCalendar k) {
        if (k != null) {
            learn(List.of(k));
        }
    }

    /** Learns the names of {@code calendars}; the pickers redraw once, and only when a name is new or changed. */
    void learn(Collection<AgendaCalendar> calendars) {
        boolean changed = false;
        for (AgendaCalendar k : calendars) {
            if (k.name() != null && !k.name().isBlank()) {
                changed |= !Objects.equals(names.put(k.owner(), k.name()), k.name());
            }
        }
        if (changed) {
            listeners.forEach(Runnable::run);
        }
    }

    /** "Name (login)", or the bare login while nobody has said whose it is. */
    String describe(String login) {
        String name = names.get(login);
        return name == null ? login : name + " (" + login + ")";
    }

    /** Told when a name is learned or changes (the pickers redraw what they show). */
    void onChange(Runnable redraw) {
        listeners.add(redraw);
    }
}
