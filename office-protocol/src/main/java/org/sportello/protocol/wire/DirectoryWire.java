package org.sportello.protocol.wire;

import static org.sportello.protocol.wire.WireValues.durationMillis;
import static org.sportello.protocol.wire.WireValues.enumOf;
import static org.sportello.protocol.wire.WireValues.id;
import static org.sportello.protocol.wire.WireValues.name;
import static org.sportello.protocol.wire.WireValues.text;
import static org.sportello.protocol.wire.WireValues.textOrNull;
import static org.sportello.protocol.wire.WireValues.uuid;
import static org.sportello.protocol.wire.WireValues.uuidOrNull;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sportello.model.office.Area;
import org.sportello.model.office.CounterInfo;
import org.sportello.model.office.CounterState;
import org.sportello.model.office.OfficeInfo;
import org.sportello.model.office.OpeningHours;
import org.sportello.model.office.ServiceInfo;
import org.sportello.protocol.v1.CounterInfoMsg;
import org.sportello.protocol.v1.OfficeDirectoryReply;
import org.sportello.protocol.v1.OfficeInfoMsg;
import org.sportello.protocol.v1.OpeningInterval;
import org.sportello.protocol.v1.ServiceInfoMsg;

/** The office's configuration on the wire and back. Durations travel in whole milliseconds. */
public final class DirectoryWire {
    private DirectoryWire() {
    }

    /** The whole directory as one reply. */
    public record Contents(OfficeInfo office, List<ServiceInfo> services, List<CounterInfo> counters) {
        public Contents {
            services = List.copyOf(services);
            counters = List.copyOf(counters);
        }
    }

    public static OfficeDirectoryReply reply(Contents contents) {
        return OfficeDirectoryReply.newBuilder()
                .setOffice(office(contents.office()))
                .addAllServices(contents.services().stream().map(DirectoryWire::service).toList())
                .addAllCounters(contents.counters().stream().map(DirectoryWire::counter).toList())
                .build();
    }

    public static Contents contents(OfficeDirectoryReply reply) {
        return new Contents(office(reply.getOffice()),
                reply.getServicesList().stream().map(DirectoryWire::service).toList(),
                reply.getCountersList().stream().map(DirectoryWire::counter).toList());
    }

    public static OfficeInfoMsg office(OfficeInfo o) {
        return OfficeInfoMsg.newBuilder()
                .setId(id(o.id()))
                .setCode(text(o.code()))
                .setName(text(o.name()))
                .setAddress(text(o.address()))
                .setZone(o.zone() == null ? "" : o.zone().getId())
                .setStampingOffered(o.stampingOffered())
                .build();
    }

    public static OfficeInfo office(OfficeInfoMsg m) {
        ZoneId zone;
        try {
            zone = m.getZone().isEmpty() ? null : ZoneId.of(m.getZone());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("office.zone: unknown time zone", e);
        }
        return new OfficeInfo(uuidOrNull(m.getId(), "office.id"), textOrNull(m.getCode()), textOrNull(m.getName()),
                textOrNull(m.getAddress()), zone, m.getStampingOffered());
    }

    public static ServiceInfoMsg service(ServiceInfo s) {
        ServiceInfoMsg.Builder b = ServiceInfoMsg.newBuilder()
                .setId(id(s.id()))
                .setPrefix(text(s.prefix()))
                .setNameIt(text(s.nameIt()))
                .setNameEn(text(s.nameEn()))
                .setDescriptionIt(text(s.descriptionIt()))
                .setDescriptionEn(text(s.descriptionEn()))
                .setArea(name(s.area()))
                .setTargetWaitMs(durationMillis(s.targetWait()))
                .setDefaultServiceTimeMs(durationMillis(s.defaultServiceTime()))
                .setDisplayOrder(s.displayOrder());
        if (s.hours() != null) {
            for (OpeningHours.Interval i : s.hours().intervals()) {
                b.addHours(OpeningInterval.newBuilder()
                        .setDayOfWeek(i.day().getValue())
                        .setOpens(i.opens().toString())
                        .setCloses(i.closes().toString()));
            }
        }
        return b.build();
    }

    public static ServiceInfo service(ServiceInfoMsg m) {
        List<OpeningHours.Interval> intervals = m.getHoursList().stream().map(DirectoryWire::interval).toList();
        return new ServiceInfo(uuid(m.getId(), "service.id"), textOrNull(m.getPrefix()), textOrNull(m.getNameIt()),
                textOrNull(m.getNameEn()), textOrNull(m.getDescriptionIt()), textOrNull(m.getDescriptionEn()),
                enumOf(Area.class, m.getArea(), "service.area"), Duration.ofMillis(m.getTargetWaitMs()),
                Duration.ofMillis(m.getDefaultServiceTimeMs()), m.getDisplayOrder(), new OpeningHours(intervals));
    }

    private static OpeningHours.Interval interval(OpeningInterval i) {
        if (i.getDayOfWeek() < 1 || i.getDayOfWeek() > 7) {
            throw new IllegalArgumentException("service.hours.day_of_week: " + i.getDayOfWeek() + " is not 1..7");
        }
        try {
            return new OpeningHours.Interval(DayOfWeek.of(i.getDayOfWeek()), LocalTime.parse(i.getOpens()),
                    LocalTime.parse(i.getCloses()));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("service.hours: not a time of day", e);
        }
    }

    public static CounterInfoMsg counter(CounterInfo c) {
        CounterInfoMsg.Builder b = CounterInfoMsg.newBuilder()
                .setId(id(c.id()))
                .setNumber(c.number())
                .setName(text(c.name()))
                .setState(name(c.state()))
                .setPauseReason(text(c.pauseReason()))
                .setOperatorId(id(c.operatorId()));
        c.serviceWeights().forEach((service, weight) -> b.putServiceWeights(service.toString(), weight));
        return b.build();
    }

    public static CounterInfo counter(CounterInfoMsg m) {
        Map<UUID, Integer> weights = new LinkedHashMap<>();
        m.getServiceWeightsMap().forEach((service, weight) ->
                weights.put(uuid(service, "counter.service_weights"), weight));
        return new CounterInfo(uuid(m.getId(), "counter.id"), m.getNumber(), textOrNull(m.getName()),
                enumOf(CounterState.class, m.getState(), "counter.state"), textOrNull(m.getPauseReason()),
                uuidOrNull(m.getOperatorId(), "counter.operator_id"), weights);
    }
}
