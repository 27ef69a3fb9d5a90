package org.sportello.model.seal;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One of the office's own signing keys, as {@code sportello keys list} shows it: the active one seals
 * new papers; retired ones only verify the papers they sealed (their private half is erased).
 */
public record OwnKey(OfficeKey key, Instant createdAt, Optional<Instant> retiredAt) {
    public OwnKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(retiredAt, "retiredAt");
    }

    public boolean active() {
        return retiredAt.isEmpty();
    }
}
