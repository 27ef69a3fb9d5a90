package org.sportello.server.storage;

import static org.sportello.server.storage.schema.Tables.COUNTER;
import static org.sportello.server.storage.schema.Tables.COUNTER_SERVICE;
import static org.sportello.server.storage.schema.Tables.OFFICE;
import static org.sportello.server.storage.schema.Tables.SERVICE;
import static org.sportello.server.storage.schema.Tables.SERVICE_HOURS;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.office.Area;
import org.sportello.model.office.CounterInfo;
import org.sportello.model.office.CounterState;
import org.sportello.model.office.OfficeDirectory;
import org.sportello.model.office.OfficeInfo;
import org.sportello.model.office.OpeningHours;
import org.sportello.model.office.ServiceInfo;
import org.sportello.server.storage.schema.tables.records.OfficeRecord;

/** Reads services and counters from the office database on every call: they change rarely and are small. */
public final class JooqOfficeDirectory implements OfficeDirectory {
    private final OfficeDatabase database;
    private final OfficeInfo office;

    public JooqOfficeDirectory(OfficeDatabase database, String officeCode) {
        this.database = database;
        this.office = new Transactions(database).run(db -> load(db, officeCode));
    }

    /** The only office in the database, for single-office installs and the demo. */
    public static JooqOfficeDirectory soleOffice(OfficeDatabase database) {
        List<String> codes = new Transactions(database)
                .run(db -> db.select(OFFICE.CODE).from(OFFICE).orderBy(OFFICE.CODE).fetch(OFFICE.CODE));
        if (codes.isEmpty()) {
            throw new SportelloException(Problem.UNKNOWN_OFFICE, "(none)");
        }
        return new JooqOfficeDirectory(database, codes.getFirst());
    }

    private static OfficeInfo load(DSLContext dsl, String code) {
        OfficeRecord r = dsl.selectFrom(OFFICE).where(OFFICE.CODE.eq(code)).fetchOne();
        if (r == null) {
            throw new SportelloException(Problem.UNKNOWN_OFFICE, code);
        }
        return new OfficeInfo(r.getId(), r.getCode(), r.getName(), r.getAddress(), ZoneId.of(r.getTimeZone()),
                Boolean.TRUE.equals(r.getStampingOffered()));
    }

    @Override
    public OfficeInfo office() {
        return office;
    }

    @Override
    public List<ServiceInfo> services() {
        return new Transactions(database).run(this::services);
    }

    private List<ServiceInfo> services(DSLContext dsl) {
        Map<UUID, List<OpeningHours.Interval>> hours = new HashMap<>();
        dsl.select(SERVICE_HOURS.SERVICE_ID, SERVICE_HOURS.DAY_OF_WEEK, SERVICE_HOURS.OPENS_AT, SERVICE_HOURS.CLOSES_AT)
                .from(SERVICE_HOURS).join(SERVICE).on(SERVICE.ID.eq(SERVICE_HOURS.SERVICE_ID))
                .where(SERVICE.OFFICE_ID.eq(office.id()))
                .forEach(r -> hours.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new OpeningHours.Interval(DayOfWeek.of(r.value2()), r.value3(), r.value4())));
        return dsl.selectFrom(SERVICE)
                .where(SERVICE.OFFICE_ID.eq(office.id()).and(SERVICE.ACTIVE.isTrue()))
                .orderBy(SERVICE.DISPLAY_ORDER, SERVICE.PREFIX)
                .fetch(r -> new ServiceInfo(r.getId(), r.getPrefix(), r.getNameIt(), r.getNameEn(),
                        r.getDescriptionIt(), r.getDescriptionEn(), Area.valueOf(r.getArea()),
                        Duration.ofMinutes(r.getTargetWaitMinutes()), Duration.ofMinutes(r.getDefaultServiceMinutes()),
                        r.getDisplayOrder(), new OpeningHours(hours.getOrDefault(r.getId(), List.of()))));
    }

    @Override
    public List<CounterInfo> counters() {
        return new Transactions(database).run(this::counters);
    }

    private List<CounterInfo> counters(DSLContext dsl) {
        Map<UUID, Map<UUID, Integer>> weights = new HashMap<>();
        dsl.select(COUNTER_SERVICE.COUNTER_ID, COUNTER_SERVICE.SERVICE_ID, COUNTER_SERVICE.WEIGHT)
                .from(COUNTER_SERVICE).join(COUNTER).on(COUNTER.ID.eq(COUNTER_SERVICE.COUNTER_ID))
                .where(COUNTER.OFFICE_ID.eq(office.id()))
                .forEach(r -> weights.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value3()));
        return dsl.selectFrom(COUNTER)
                .where(COUNTER.OFFICE_ID.eq(office.id()))
                .orderBy(COUNTER.NUMBER)
                .fetch(r -> new CounterInfo(r.getId(), r.getNumber(), r.getName(), CounterState.valueOf(r.getState()),
                        r.getPauseReason(), r.getOperatorId(), weights.getOrDefault(r.getId(), Map.of())));
    }
}
