package org.sportello.server.storage;

import static org.sportello.server.storage.schema.Tables.COMMUNICATION_DEADLINE;
import static org.sportello.server.storage.schema.Tables.CONTACT_PLAN_RULE;
import static org.sportello.server.storage.schema.Tables.COUNTER;
import static org.sportello.server.storage.schema.Tables.COUNTER_SERVICE;
import static org.sportello.server.storage.schema.Tables.OFFICE;
import static org.sportello.server.storage.schema.Tables.OPERATOR;
import static org.sportello.server.storage.schema.Tables.SERVICE;
import static org.sportello.server.storage.schema.Tables.SERVICE_HOURS;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.sportello.model.auth.PasswordHasher;
import org.sportello.model.cases.ContactPlanRules;
import org.sportello.model.company.DeadlineRule;
import org.sportello.model.common.UuidV7;
import org.sportello.model.office.OpeningHours;
import org.sportello.model.setup.OfficeSetup;

/**
 * Writes an office set-up into the database: creates what is new, updates what changed, and never
 * resets an existing operator's password. Running it twice changes nothing.
 */
public final class JooqOfficeSetupWriter {
    private final OfficeDatabase database;
    private final PasswordHasher hasher;

    public JooqOfficeSetupWriter(OfficeDatabase database, PasswordHasher hasher) {
        this.database = database;
        this.hasher = hasher;
    }

    /** True when the office of {@code officeCode} already has this login (its password is then kept). */
    public boolean hasOperator(String officeCode, String login) {
        return new Transactions(database).run(db -> db.fetchExists(db.selectOne().from(OPERATOR).join(OFFICE)
                .on(OFFICE.ID.eq(OPERATOR.OFFICE_ID))
                .where(OFFICE.CODE.eq(officeCode).and(OPERATOR.LOGIN.eq(login.toLowerCase(Locale.ROOT))))));
    }

    public UUID apply(OfficeSetup setup) {
        return new Transactions(database).run(db -> {
            UUID officeId = upsertOffice(db, setup);
            Map<String, UUID> services = new HashMap<>();
            for (OfficeSetup.ServiceSetup s : setup.services()) {
                services.put(s.prefix(), upsertService(db, officeId, s));
            }
            for (OfficeSetup.CounterSetup c : setup.counters()) {
                upsertCounter(db, officeId, c, services);
            }
            for (OfficeSetup.OperatorSetup o : setup.operators()) {
                upsertOperator(db, officeId, o);
            }
            writeRules(db, officeId, setup);
            return officeId;
        });
    }

    private static UUID upsertOffice(DSLContext db, OfficeSetup setup) {
        UUID id = db.select(OFFICE.ID).from(OFFICE).where(OFFICE.CODE.eq(setup.code())).fetchOne(OFFICE.ID);
        if (id == null) {
            id = UuidV7.next();
            db.insertInto(OFFICE).set(OFFICE.ID, id).set(OFFICE.CODE, setup.code()).set(OFFICE.NAME, setup.name())
                    .set(OFFICE.ADDRESS, setup.address()).set(OFFICE.TIME_ZONE, setup.timeZone())
                    .set(OFFICE.SESSION_IDLE_MINUTES, (int) setup.sessionIdle().toMinutes())
                    .set(OFFICE.TICKET_DATA_DAYS, setup.ticketDataDays())
                    .set(OFFICE.BACKUP_TIME, setup.backups().at()).set(OFFICE.BACKUPS_KEPT, setup.backups().keep())
                    .set(OFFICE.STAMPING_OFFERED, setup.stampingOffered())
                    .set(OFFICE.PHONE, setup.phone())
                    .execute();
        } else {
            db.update(OFFICE).set(OFFICE.NAME, setup.name()).set(OFFICE.ADDRESS, setup.address())
                    .set(OFFICE.TIME_ZONE, setup.timeZone())
                    .set(OFFICE.SESSION_IDLE_MINUTES, (int) setup.sessionIdle().toMinutes())
                    .set(OFFICE.TICKET_DATA_DAYS, setup.ticketDataDays())
                    .set(OFFICE.BACKUP_TIME, setup.backups().at()).set(OFFICE.BACKUPS_KEPT, setup.backups().keep())
                    .set(OFFICE.STAMPING_OFFERED, setup.stampingOffered())
                    .set(OFFICE.PHONE, setup.phone())
                    .set(OFFICE.VERSION, OFFICE.VERSION.plus(1))
                    .where(OFFICE.ID.eq(id)).execute();
        }
        return id;
    }

    /** The set-up file is the office's word on its rules: what it says (or the shipped default) replaces the rows. */
    private static void writeRules(DSLContext db, UUID officeId, OfficeSetup setup) {
        ContactPlanRules plan = setup.rules().contactPlan();
        db.mergeInto(CONTACT_PLAN_RULE).using(db.selectOne()).on(CONTACT_PLAN_RULE.OFFICE_ID.eq(officeId))
                .whenMatchedThenUpdate()
                .set(CONTACT_PLAN_RULE.TALKS_REQUIRED, plan.talksRequired())
                .set(CONTACT_PLAN_RULE.TALKS_WEEKS, plan.talksWeeks())
                .set(CONTACT_PLAN_RULE.YOUNG_BELOW, plan.youngBelow())
                .set(CONTACT_PLAN_RULE.OLDER_ABOVE, plan.olderAbove())
                .set(CONTACT_PLAN_RULE.FIRST_OFFER_MONTHS_OUTER, plan.firstOfferMonthsOuter())
                .set(CONTACT_PLAN_RULE.FIRST_OFFER_MONTHS_MIDDLE, plan.firstOfferMonthsMiddle())
                .set(CONTACT_PLAN_RULE.VERSION, CONTACT_PLAN_RULE.VERSION.plus(1))
                .whenNotMatchedThenInsert(CONTACT_PLAN_RULE.OFFICE_ID, CONTACT_PLAN_RULE.TALKS_REQUIRED,
                        CONTACT_PLAN_RULE.TALKS_WEEKS, CONTACT_PLAN_RULE.YOUNG_BELOW, CONTACT_PLAN_RULE.OLDER_ABOVE,
                        CONTACT_PLAN_RULE.FIRST_OFFER_MONTHS_OUTER, CONTACT_PLAN_RULE.FIRST_OFFER_MONTHS_MIDDLE)
                .values(officeId, plan.talksRequired(), plan.talksWeeks(), plan.youngBelow(), plan.olderAbove(),
                        plan.firstOfferMonthsOuter(), plan.firstOfferMonthsMiddle())
                .execute();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (DeadlineRule rule : setup.rules().deadlines()) {
            String kind = rule.kind().name();
            // Only a changed rule gets a new "changed at": the date says when the office last changed it.
            int changed = db.update(COMMUNICATION_DEADLINE).set(COMMUNICATION_DEADLINE.DAYS, rule.days())
                    .set(COMMUNICATION_DEADLINE.CHANGED_AT, now)
                    .where(COMMUNICATION_DEADLINE.KIND.eq(kind).and(COMMUNICATION_DEADLINE.DAYS.ne(rule.days())))
                    .execute();
            if (changed == 0 && !db.fetchExists(COMMUNICATION_DEADLINE, COMMUNICATION_DEADLINE.KIND.eq(kind))) {
                db.insertInto(COMMUNICATION_DEADLINE).set(COMMUNICATION_DEADLINE.KIND, kind)
                        .set(COMMUNICATION_DEADLINE.DAYS, rule.days()).set(COMMUNICATION_DEADLINE.CHANGED_AT, now)
                        .execute();
            }
        }
    }

    private static UUID upsertService(DSLContext db, UUID officeId, OfficeSetup.ServiceSetup s) {
        UUID id = db.select(SERVICE.ID).from(SERVICE)
                .where(SERVICE.OFFICE_ID.eq(officeId).and(SERVICE.PREFIX.eq(s.prefix()))).fetchOne(SERVICE.ID);
        if (id == null) {
            id = UuidV7.next();
            db.insertInto(SERVICE).set(SERVICE.ID, id).set(SERVICE.OFFICE_ID, officeId).set(SERVICE.PREFIX, s.prefix())
                    .set(SERVICE.NAME_IT, s.nameIt()).set(SERVICE.NAME_EN, s.nameEn())
                    .set(SERVICE.AREA, s.area().name()).set(SERVICE.TARGET_WAIT_MINUTES, s.targetWaitMinutes())
                    .execute();
        }
        db.update(SERVICE)
                .set(SERVICE.NAME_IT, s.nameIt()).set(SERVICE.NAME_EN, s.nameEn())
                .set(SERVICE.DESCRIPTION_IT, s.descriptionIt()).set(SERVICE.DESCRIPTION_EN, s.descriptionEn())
                .set(SERVICE.AREA, s.area().name()).set(SERVICE.TARGET_WAIT_MINUTES, s.targetWaitMinutes())
                .set(SERVICE.DEFAULT_SERVICE_MINUTES, s.defaultServiceMinutes())
                .set(SERVICE.DISPLAY_ORDER, s.displayOrder()).set(SERVICE.ACTIVE, true)
                .where(SERVICE.ID.eq(id)).execute();
        db.deleteFrom(SERVICE_HOURS).where(SERVICE_HOURS.SERVICE_ID.eq(id)).execute();
        for (OpeningHours.Interval i : s.hours().intervals()) {
            db.insertInto(SERVICE_HOURS).set(SERVICE_HOURS.SERVICE_ID, id)
                    .set(SERVICE_HOURS.DAY_OF_WEEK, i.day().getValue())
                    .set(SERVICE_HOURS.OPENS_AT, i.opens()).set(SERVICE_HOURS.CLOSES_AT, i.closes()).execute();
        }
        return id;
    }

    private static void upsertCounter(DSLContext db, UUID officeId, OfficeSetup.CounterSetup c,
                                      Map<String, UUID> services) {
        UUID id = db.select(COUNTER.ID).from(COUNTER)
                .where(COUNTER.OFFICE_ID.eq(officeId).and(COUNTER.NUMBER.eq(c.number()))).fetchOne(COUNTER.ID);
        if (id == null) {
            id = UuidV7.next();
            db.insertInto(COUNTER).set(COUNTER.ID, id).set(COUNTER.OFFICE_ID, officeId).set(COUNTER.NUMBER, c.number())
                    .set(COUNTER.NAME, c.name()).execute();
        } else {
            db.update(COUNTER).set(COUNTER.NAME, c.name()).where(COUNTER.ID.eq(id)).execute();
        }
        db.deleteFrom(COUNTER_SERVICE).where(COUNTER_SERVICE.COUNTER_ID.eq(id)).execute();
        for (var w : c.weights().entrySet()) {
            db.insertInto(COUNTER_SERVICE).set(COUNTER_SERVICE.COUNTER_ID, id)
                    .set(COUNTER_SERVICE.SERVICE_ID, services.get(w.getKey()))
                    .set(COUNTER_SERVICE.WEIGHT, w.getValue()).execute();
        }
    }

    private void upsertOperator(DSLContext db, UUID officeId, OfficeSetup.OperatorSetup o) {
        String login = o.login().toLowerCase(Locale.ROOT);
        UUID id = db.select(OPERATOR.ID).from(OPERATOR)
                .where(OPERATOR.OFFICE_ID.eq(officeId).and(OPERATOR.LOGIN.eq(login))).fetchOne(OPERATOR.ID);
        if (id == null) {
            db.insertInto(OPERATOR).set(OPERATOR.ID, UuidV7.next()).set(OPERATOR.OFFICE_ID, officeId)
                    .set(OPERATOR.LOGIN, login).set(OPERATOR.DISPLAY_NAME, o.displayName())
                    .set(OPERATOR.PASSWORD_HASH, hasher.hash(o.initialPassword().toCharArray()))
                    .set(OPERATOR.ROLE, o.role().name()).execute();
        } else {
            db.update(OPERATOR).set(OPERATOR.DISPLAY_NAME, o.displayName()).set(OPERATOR.ROLE, o.role().name())
                    .where(OPERATOR.ID.eq(id)).execute();
        }
    }
}
