package org.sportello.server.storage;

import static org.sportello.server.storage.schema.Tables.BADGE_KEY;
import static org.sportello.server.storage.schema.Tables.OFFICE;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import org.jooq.DSLContext;
import org.sportello.model.auth.BadgeDigest;

/** The office's badge key (ADR 0013): read inside the caller's transaction, made on first use. */
final class BadgeKeys {
    private static final SecureRandom RANDOM = new SecureRandom();

    private BadgeKeys() {
    }

    static BadgeDigest digest(DSLContext db, UUID officeId, Clock clock, boolean create) {
        String secret = db.select(BADGE_KEY.SECRET).from(BADGE_KEY).where(BADGE_KEY.OFFICE_ID.eq(officeId)).fetchOne(
                BADGE_KEY.SECRET);
        if (secret == null && create) {
            // Two administrators enrolling the first badge at once: the office row's lock makes the second
            // wait and then find the first one's key, instead of failing on the primary key.
            db.update(OFFICE).set(OFFICE.VERSION, OFFICE.VERSION.plus(1)).where(OFFICE.ID.eq(officeId)).execute();
            secret = db.select(BADGE_KEY.SECRET).from(BADGE_KEY).where(BADGE_KEY.OFFICE_ID.eq(officeId))
                    .fetchOne(BADGE_KEY.SECRET);
            if (secret == null) {
                byte[] key = new byte[32];
                RANDOM.nextBytes(key);
                secret = Base64.getEncoder().encodeToString(key);
                db.insertInto(BADGE_KEY)
                        .set(BADGE_KEY.OFFICE_ID, officeId)
                        .set(BADGE_KEY.SECRET, secret)
                        .set(BADGE_KEY.CREATED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                        .execute();
            }
        }
        // No key yet means no badge was ever enrolled: a key of zeros then matches nothing stored.
        return new BadgeDigest(secret == null ? new byte[32] : Base64.getDecoder().decode(secret));
    }
}
