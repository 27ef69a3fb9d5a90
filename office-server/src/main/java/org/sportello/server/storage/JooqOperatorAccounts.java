package org.sportello.server.storage;

import static org.sportello.server.storage.schema.Tables.OPERATOR;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.sportello.model.auth.OperatorAccount;
import org.sportello.model.auth.OperatorAccounts;
import org.sportello.model.auth.OperatorInput;
import org.sportello.model.auth.PasswordHasher;
import org.sportello.model.auth.Role;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.common.UuidV7;
import org.sportello.model.events.EventType;
import org.sportello.server.storage.schema.tables.records.OperatorRecord;

/** Operators in the office database; who may call this is the caller's business (the server checks). */
public final class JooqOperatorAccounts implements OperatorAccounts {
    private final Transactions tx;
    private final UUID officeId;
    private final PasswordHasher hasher;
    private final EventWriter events;
    private final Clock clock;

    public JooqOperatorAccounts(OfficeDatabase database, UUID officeId, PasswordHasher hasher, Clock clock) {
        this.tx = new Transactions(database);
        this.officeId = officeId;
        this.hasher = hasher;
        this.events = new EventWriter(officeId);
        this.clock = clock;
    }

    @Override
    public OperatorAccount add(String login, String displayName, Role role, char[] password) {
        String l = OperatorInput.login(login);
        String name = OperatorInput.displayName(displayName);
        if (role == null) {
            throw new SportelloException(Problem.INVALID_REQUEST, "the role is operator, supervisor or admin");
        }
        // Hashed outside the transaction: it takes most of a second on purpose.
        String hash = hasher.hash(OperatorInput.newPassword(password));
        return tx.run(db -> {
            if (find(db, l).isPresent()) {
                throw new SportelloException(Problem.OPERATOR_EXISTS, l);
            }
            UUID id = UuidV7.next();
            db.insertInto(OPERATOR).set(OPERATOR.ID, id).set(OPERATOR.OFFICE_ID, officeId).set(OPERATOR.LOGIN, l)
                    .set(OPERATOR.DISPLAY_NAME, name).set(OPERATOR.PASSWORD_HASH, hash)
                    .set(OPERATOR.ROLE, role.name()).execute();
            events.event(EventType.OPERATOR_ADDED, clock.instant()).operator(id).detail(l + " (" + role + ")").write(db);
            return account(find(db, l).orElseThrow());
        });
    }

    @Override
    public void setPassword(String login, char[] password) {
        String l = normalized(login);
        String hash = hasher.hash(OperatorInput.newPassword(password));
        tx.run(db -> {
            OperatorRecord op = existing(db, l);
            db.update(OPERATOR).set(OPERATOR.PASSWORD_HASH, hash).set(OPERATOR.FAILED_LOGINS, 0)
                    .setNull(OPERATOR.LOCKED_UNTIL).set(OPERATOR.VERSION, OPERATOR.VERSION.plus(1))
                    .where(OPERATOR.ID.eq(op.getId())).execute();
            events.event(EventType.OPERATOR_PASSWORD_SET, clock.instant()).operator(op.getId()).detail(l).write(db);
            return null;
        });
    }

    @Override
    public boolean unlock(String login) {
        String l = normalized(login);
        Instant now = clock.instant();
        return tx.run(db -> {
            OperatorRecord op = existing(db, l);
            boolean wasLocked = account(op).lockedAt(now);
            db.update(OPERATOR).set(OPERATOR.FAILED_LOGINS, 0).setNull(OPERATOR.LOCKED_UNTIL)
                    .where(OPERATOR.ID.eq(op.getId())).execute();
            events.event(EventType.LOGIN_UNLOCKED, now).operator(op.getId()).detail(l).write(db);
            return wasLocked;
        });
    }

    @Override
    public List<OperatorAccount> list() {
        return tx.run(db -> db.selectFrom(OPERATOR).where(OPERATOR.OFFICE_ID.eq(officeId)).orderBy(OPERATOR.LOGIN)
                .fetch(JooqOperatorAccounts::account));
    }

    private static String normalized(String login) {
        return login == null ? "" : login.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private Optional<OperatorRecord> find(DSLContext db, String login) {
        return db.selectFrom(OPERATOR).where(OPERATOR.OFFICE_ID.eq(officeId).and(OPERATOR.LOGIN.eq(login)))
                .fetchOptional();
    }

    private OperatorRecord existing(DSLContext db, String login) {
        return find(db, login).orElseThrow(() -> new SportelloException(Problem.UNKNOWN_OPERATOR, login));
    }

    private static OperatorAccount account(OperatorRecord r) {
        return new OperatorAccount(r.getId(), r.getLogin(), r.getDisplayName(), Role.valueOf(r.getRole()),
                Boolean.TRUE.equals(r.getActive()),
                Optional.ofNullable(r.getLockedUntil()).map(java.time.OffsetDateTime::toInstant),
                r.getFailedLogins() == null ? 0 : r.getFailedLogins());
    }
}
