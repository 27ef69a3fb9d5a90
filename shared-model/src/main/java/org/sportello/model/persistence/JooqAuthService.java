package org.sportello.model.persistence;

import static org.sportello.model.persistence.schema.Tables.OPERATOR;
import static org.sportello.model.persistence.schema.Tables.OPERATOR_BADGE;

import java.time.Clock;
import java.util.UUID;
import org.sportello.model.auth.AuthService;
import org.sportello.model.auth.BadgeDigest;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.auth.PasswordHasher;
import org.sportello.model.auth.Role;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.events.EventType;
import org.sportello.model.persistence.schema.tables.records.OperatorRecord;

public final class JooqAuthService implements AuthService {
    /** Verified against when the login is unknown, so timing does not tell which logins exist. */
    private static final String DUMMY_HASH = new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS).hash(new char[] {'x'});

    private final OfficeDatabase database;
    private final UUID officeId;
    private final PasswordHasher hasher = new PasswordHasher();
    private final EventWriter events;
    private final Clock clock;

    public JooqAuthService(OfficeDatabase database, UUID officeId, Clock clock) {
        this.database = database;
        this.officeId = officeId;
        this.events = new EventWriter(officeId);
        this.clock = clock;
    }

    public JooqAuthService(OfficeDatabase database, UUID officeId) {
        this(database, officeId, Clock.systemUTC());
    }

    @Override
    public OperatorSession login(String login, char[] password) {
        String normalized = login == null ? "" : login.strip().toLowerCase(java.util.Locale.ROOT);
        Transactions tx = new Transactions(database);
        OperatorRecord op = tx.run(db -> db.selectFrom(OPERATOR)
                .where(OPERATOR.OFFICE_ID.eq(officeId).and(OPERATOR.LOGIN.eq(normalized))
                        .and(OPERATOR.ACTIVE.isTrue()))
                .fetchOne());
        boolean ok = hasher.verify(password, op == null ? DUMMY_HASH : op.getPasswordHash()) && op != null;
        tx.run(db -> {
            events.event(ok ? EventType.OPERATOR_LOGGED_IN : EventType.LOGIN_FAILED, clock.instant())
                    .operator(ok ? op.getId() : null).detail(normalized).write(db);
            return null;
        });
        if (!ok) {
            throw new SportelloException(Problem.LOGIN_FAILED);
        }
        return new OperatorSession(op.getId(), op.getLogin(), op.getDisplayName(), Role.valueOf(op.getRole()));
    }

    @Override
    public OperatorSession loginWithBadge(String badgeId) {
        var id = BadgeDigest.normalize(badgeId);
        Transactions tx = new Transactions(database);
        OperatorRecord op = id.isEmpty() ? null : tx.run(db -> {
            String hash = BadgeKeys.digest(db, officeId, clock, false).digest(id.get());
            return db.select(OPERATOR.fields()).from(OPERATOR_BADGE).join(OPERATOR)
                    .on(OPERATOR.ID.eq(OPERATOR_BADGE.OPERATOR_ID))
                    .where(OPERATOR_BADGE.OFFICE_ID.eq(officeId).and(OPERATOR_BADGE.BADGE_HASH.eq(hash))
                            .and(OPERATOR.ACTIVE.isTrue()))
                    .fetchOneInto(OPERATOR);
        });
        tx.run(db -> {
            // The badge identifier never goes into the log: only that it was a badge, and whose.
            events.event(op != null ? EventType.OPERATOR_LOGGED_IN : EventType.LOGIN_FAILED, clock.instant())
                    .operator(op != null ? op.getId() : null)
                    .detail(op != null ? op.getLogin() + " (badge)" : "(badge)").write(db);
            return null;
        });
        if (op == null) {
            throw new SportelloException(Problem.BADGE_UNKNOWN);
        }
        return new OperatorSession(op.getId(), op.getLogin(), op.getDisplayName(), Role.valueOf(op.getRole()));
    }
}
