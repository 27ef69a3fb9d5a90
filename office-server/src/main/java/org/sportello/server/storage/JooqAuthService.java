package org.sportello.server.storage;

import static org.sportello.server.storage.schema.Tables.OFFICE;
import static org.sportello.server.storage.schema.Tables.OPERATOR;
import static org.sportello.server.storage.schema.Tables.OPERATOR_BADGE;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.sportello.model.auth.AuthService;
import org.sportello.model.auth.BadgeDigest;
import org.sportello.model.auth.LoginLockout;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.auth.PasswordHasher;
import org.sportello.model.auth.Role;
import org.sportello.model.auth.UnknownLoginThrottle;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.events.EventType;
import org.sportello.server.storage.schema.tables.records.OperatorRecord;

/**
 * Checks passwords and badges against the office database, and locks a login after too many wrong
 * passwords in a row ({@link LoginLockout}). The count and the lock are stored with the operator, so
 * they survive a restart; logins no operator has are locked the same way in memory, so neither the
 * answer nor its timing tells which logins exist.
 */
public final class JooqAuthService implements AuthService {
    /** Verified against when the login is unknown, so timing does not tell which logins exist. */
    private static final String DUMMY_HASH = new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS).hash(new char[] {'x'});
    /** What the office log says about a login no operator has: the typed text may be a password. */
    static final String UNKNOWN_LOGIN = "(unknown login)";

    private final OfficeDatabase database;
    private final UUID officeId;
    private final ZoneId officeZone;
    private final PasswordHasher hasher = new PasswordHasher();
    private final EventWriter events;
    private final Clock clock;
    private final LoginLockout lockout;
    private final UnknownLoginThrottle unknownLogins;

    public JooqAuthService(OfficeDatabase database, UUID officeId, ZoneId officeZone, Clock clock, LoginLockout lockout) {
        this.database = database;
        this.officeId = officeId;
        this.officeZone = officeZone;
        this.events = new EventWriter(officeId);
        this.clock = clock;
        this.lockout = lockout;
        this.unknownLogins = new UnknownLoginThrottle(lockout);
    }

    public JooqAuthService(OfficeDatabase database, UUID officeId, Clock clock) {
        this(database, officeId, zoneOf(database, officeId), clock, LoginLockout.DEFAULT);
    }

    public JooqAuthService(OfficeDatabase database, UUID officeId) {
        this(database, officeId, Clock.systemUTC());
    }

    private static ZoneId zoneOf(OfficeDatabase database, UUID officeId) {
        String zone = new Transactions(database).run(db -> db.select(OFFICE.TIME_ZONE).from(OFFICE)
                .where(OFFICE.ID.eq(officeId)).fetchOne(OFFICE.TIME_ZONE));
        return zone == null ? ZoneId.of("Europe/Rome") : ZoneId.of(zone);
    }

    @Override
    public OperatorSession login(String login, char[] password) {
        return login(null, login, password);
    }

    /**
     * Checks the password of a log-in from {@code station}. A failure is recorded with the station and
     * the time; of the typed text, only a login that is an operator's own is named (an unknown one may
     * be a password typed in the wrong field).
     */
    @Override
    public OperatorSession login(String station, String login, char[] password) {
        String at = at(station);
        String normalized = login == null ? "" : login.strip().toLowerCase(java.util.Locale.ROOT);
        Instant now = clock.instant();
        Transactions tx = new Transactions(database);
        OperatorRecord op = tx.run(db -> db.selectFrom(OPERATOR)
                .where(OPERATOR.OFFICE_ID.eq(officeId).and(OPERATOR.LOGIN.eq(normalized))
                        .and(OPERATOR.ACTIVE.isTrue()))
                .fetchOne());
        if (op == null) {
            throw unknownLogin(normalized, password, now, at);
        }
        Optional<Instant> locked = lockedUntil(op, now);
        if (locked.isPresent()) {
            // No hash check during a lock: a right password is refused too, and for an unknown login
            // the answer is the same, equally fast.
            log(EventType.LOGIN_FAILED, op.getId(), op.getLogin() + " (locked)" + at, now);
            throw locked(normalized, locked.get());
        }
        if (!hasher.verify(password, op.getPasswordHash())) {
            throw failed(op, now, at);
        }
        return succeeded(op, now, at);
    }

    /** " (station NAME)", or nothing when the station is not known (a command on the server itself). */
    private static String at(String station) {
        return station == null || station.isBlank() ? "" : " (station " + station + ")";
    }

    private RuntimeException unknownLogin(String normalized, char[] password, Instant now, String at) {
        Optional<Instant> locked = unknownLogins.lockedUntil(normalized, now);
        if (locked.isEmpty()) {
            hasher.verify(password, DUMMY_HASH);
            locked = unknownLogins.failed(normalized, now);
        }
        log(EventType.LOGIN_FAILED, null, UNKNOWN_LOGIN + at, now);
        return locked.<RuntimeException>map(until -> locked(normalized, until))
                .orElseGet(() -> new SportelloException(Problem.LOGIN_FAILED));
    }

    private OperatorSession succeeded(OperatorRecord op, Instant now, String at) {
        Optional<Instant> lockedMeanwhile = new Transactions(database).run(db -> {
            OperatorRecord current = db.selectFrom(OPERATOR).where(OPERATOR.ID.eq(op.getId())).forUpdate().fetchOne();
            Optional<Instant> locked = lockedUntil(current, now);
            if (locked.isPresent()) {
                events.event(EventType.LOGIN_FAILED, now).operator(op.getId()).detail(op.getLogin() + " (locked)" + at)
                        .write(db);
                return locked;
            }
            db.update(OPERATOR).set(OPERATOR.FAILED_LOGINS, 0).setNull(OPERATOR.LOCKED_UNTIL)
                    .where(OPERATOR.ID.eq(op.getId())).execute();
            events.event(EventType.OPERATOR_LOGGED_IN, now).operator(op.getId()).detail(op.getLogin() + at).write(db);
            return Optional.<Instant>empty();
        });
        if (lockedMeanwhile.isPresent()) {
            throw locked(op.getLogin(), lockedMeanwhile.get());
        }
        return session(op);
    }

    private RuntimeException failed(OperatorRecord op, Instant now, String at) {
        Optional<Instant> lockedNow = new Transactions(database).run(db -> {
            // Counted in the database, so that tries from several desks at once add up.
            db.update(OPERATOR).set(OPERATOR.FAILED_LOGINS, OPERATOR.FAILED_LOGINS.plus(1))
                    .where(OPERATOR.ID.eq(op.getId())).execute();
            int failures = db.select(OPERATOR.FAILED_LOGINS).from(OPERATOR).where(OPERATOR.ID.eq(op.getId()))
                    .fetchOne(OPERATOR.FAILED_LOGINS);
            events.event(EventType.LOGIN_FAILED, now).operator(op.getId()).detail(op.getLogin() + at).write(db);
            if (failures < lockout.attempts()) {
                return Optional.<Instant>empty();
            }
            Instant until = now.plus(lockout.duration());
            db.update(OPERATOR).set(OPERATOR.FAILED_LOGINS, 0)
                    .set(OPERATOR.LOCKED_UNTIL, until.atOffset(ZoneOffset.UTC))
                    .where(OPERATOR.ID.eq(op.getId())).execute();
            events.event(EventType.LOGIN_LOCKED, now).operator(op.getId())
                    .detail(op.getLogin() + " until " + until + at).write(db);
            return Optional.of(until);
        });
        return lockedNow.<RuntimeException>map(until -> locked(op.getLogin(), until))
                .orElseGet(() -> new SportelloException(Problem.LOGIN_FAILED));
    }

    private static Optional<Instant> lockedUntil(OperatorRecord op, Instant now) {
        return Optional.ofNullable(op.getLockedUntil()).map(java.time.OffsetDateTime::toInstant)
                .filter(now::isBefore);
    }

    private SportelloException locked(String login, Instant until) {
        return new SportelloException(Problem.LOGIN_LOCKED, login, LoginLockout.endAsLocalTime(until, officeZone));
    }

    private void log(EventType type, UUID operatorId, String detail, Instant at) {
        new Transactions(database).run(db -> {
            events.event(type, at).operator(operatorId).detail(detail).write(db);
            return null;
        });
    }

    private static OperatorSession session(OperatorRecord op) {
        return new OperatorSession(op.getId(), op.getLogin(), op.getDisplayName(), Role.valueOf(op.getRole()));
    }

    @Override
    public OperatorSession loginWithBadge(String badgeId) {
        return loginWithBadge(null, badgeId);
    }

    @Override
    public OperatorSession loginWithBadge(String station, String badgeId) {
        String at = at(station);
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
                    .detail((op != null ? op.getLogin() + " (badge)" : "(badge)") + at).write(db);
            return null;
        });
        if (op == null) {
            throw new SportelloException(Problem.BADGE_UNKNOWN);
        }
        return session(op);
    }
}
