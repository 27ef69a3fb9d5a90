package org.sportello.model.profile;

import java.util.List;
import java.util.Objects;

/** Blank means absent, everywhere in a profile: the desk's empty fields and the wire's empty strings. */
final class Texts {
    private Texts() {
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
    }
}
