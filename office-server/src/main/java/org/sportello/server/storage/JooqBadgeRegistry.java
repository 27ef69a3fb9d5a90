package org.sportello.server.storage;

import static org.sportello.server.storage.schema.Tables.OPERATOR;
import static org.sportello.server.storage.schema.Tables.OPERATOR_BADGE;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.sportello.model.auth.BadgeDigest;
import org.sportello.model.auth.BadgeRegistry;
import org.sportello.model.auth.EnrolledBadge;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.common.UuidV7;
import org.sportello.model.events.EventType;
import org.sportello.server.storage.schema.tables.records.OperatorRecord;

/** Badge enrolment in the office database; identifiers are stored only as {@link BadgeDigest}s. */
public final class JooqBadgeRegistry implements BadgeRegistry {
    private final Transactions tx;
    private final UUID officeId;
    private final EventWriter events;
    private final Clock clock;

    public JooqBadgeRegistry(OfficeDatabase database, UUID officeId, Clock clock) {
        this.tx = new Transactions(database);
        this.officeId = officeId;
        this.events = new EventWriter(officeId);
        this.clock = clock;
    }

    @Override
    public EnrolledBadge enrol(String login, String badgeId) {
        String id = BadgeDigest.normalize(badgeId).orElseThrow(() -> new SportelloException(Problem.BADGE_UNKNOWN));
        String normalizedLogin = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        return tx.run(db -> {
            OperatorRecord op = db.selectFrom(OPERATOR)
                    .where(OPERATOR.OFFICE_ID.eq(officeId).and(OPERATOR.LOGIN.eq(normalizedLogin))
                            .and(OPERATOR.ACTIVE.isTrue()))
                    .fetchOne();
            if (op == null) {
                throw new SportelloException(Problem.UNKNOWN_OPERATOR, normalizedLogin);
            }
            String hash = BadgeKeys.digest(db, officeId, clock, true).digest(id);
            String holder = db.select(OPERATOR.LOGIN).from(OPERATOR_BADGE).join(OPERATOR)
                    .on(OPERATOR.ID.eq(OPERATOR_BADGE.OPERATOR_ID))
                    .where(OPERATOR_BADGE.OFFICE_ID.eq(officeId).and(OPERATOR_BADGE.BADGE_HASH.eq(hash)))
                    .fetchOne(OPERATOR.LOGIN);
            if (holder != null) {
                throw new SportelloException(Problem.BADGE_TAKEN, holder);
            }
            UUID badge = UuidV7.next();
            var at = clock.instant();
            db.insertInto(OPERATOR_BADGE)
                    .set(OPERATOR_BADGE.ID, badge)
                    .set(OPERATOR_BADGE.OFFICE_ID, officeId)
                    .set(OPERATOR_BADGE.OPERATOR_ID, op.getId())
                    .set(OPERATOR_BADGE.BADGE_HASH, hash)
                    .set(OPERATOR_BADGE.ENROLLED_AT, at.atOffset(ZoneOffset.UTC))
                    .execute();
            events.event(EventType.BADGE_ENROLLED, at).operator(op.getId()).detail(op.getLogin()).write(db);
            return new EnrolledBadge(badge, op.getLogin(), op.getDisplayName(), at);
        });
    }

    @Override
    public boolean revoke(String badgeId) {
        var id = BadgeDigest.normalize(badgeId);
        if (id.isEmpty()) {
            return false;
        }
        return tx.run(db -> {
            String hash = BadgeKeys.digest(db, officeId, clock, false).digest(id.get());
            var row = db.selectFrom(OPERATOR_BADGE)
                    .where(OPERATOR_BADGE.OFFICE_ID.eq(officeId).and(OPERATOR_BADGE.BADGE_HASH.eq(hash)))
                    .fetchOne();
            if (row == null) {
                return false;
            }
            row.delete();
            events.event(EventType.BADGE_REVOKED, clock.instant()).operator(row.getOperatorId()).write(db);
            return true;
        });
    }

    @Override
    public List<EnrolledBadge> list() {
        return tx.run(db -> db.select(OPERATOR_BADGE.ID, OPERATOR.LOGIN, OPERATOR.DISPLAY_NAME, OPERATOR_BADGE.ENROLLED_AT)
                .from(OPERATOR_BADGE).join(OPERATOR).on(OPERATOR.ID.eq(OPERATOR_BADGE.OPERATOR_ID))
                .where(OPERATOR_BADGE.OFFICE_ID.eq(officeId))
                .orderBy(OPERATOR.LOGIN, OPERATOR_BADGE.ENROLLED_AT, OPERATOR_BADGE.ID)
                .fetch(r -> new EnrolledBadge(r.value1(), r.value2(), r.value3(), r.value4().toInstant())));
    }
}
