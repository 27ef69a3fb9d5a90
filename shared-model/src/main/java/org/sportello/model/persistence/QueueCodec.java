package org.sportello.model.persistence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.auth.Role;
import org.sportello.model.common.Problem;
import org.sportello.model.office.Area;
import org.sportello.model.office.CounterState;
import org.sportello.model.office.OpeningHours;
import org.sportello.model.office.ServiceInfo;
import org.sportello.model.queue.DayCloseReport;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.IssuedTicket;
import org.sportello.model.queue.Outcome;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.QueueOverview;
import org.sportello.model.queue.QueueSettings;
import org.sportello.model.queue.Ticket;
import org.sportello.model.queue.TicketKind;
import org.sportello.model.queue.TicketStatus;

/**
 * The bytes of {@link QueueCall} and {@link QueueReply}, field by field. Java serialization did the
 * same job at a sixth of the office's CPU (class descriptors in every message, records rebuilt by
 * reflection on both sides); this writes only the values. A reader builds nothing but the queue's own
 * values, so crafted bytes cannot make it create anything else; unknown tags are refused.
 *
 * <p>Version 1. Both ends come from the same release (the office server upgrades the function with
 * the schema), and a message of another version is refused with a clear error, not misread.
 */
final class QueueCodec {
    private static final int VERSION = 1;

    private static final int NULL = 0;
    private static final int INT = 1;
    private static final int STRING = 2;
    private static final int TICKET = 3;
    private static final int ISSUED = 4;
    private static final int TICKETS = 5;
    private static final int OVERVIEW = 6;
    private static final int DAY_CLOSE = 7;
    private static final int ISSUE_REQUEST = 8;
    private static final int OUTCOME = 9;

    private QueueCodec() {
    }

    static byte[] call(QueueCall c) {
        return encode(out -> {
            out.writeByte(c.op().ordinal());
            instant(out, c.now());
            duration(out, c.settings().agingLimit());
            out.writeInt(c.settings().recallsBeforeNoShow());
            out.writeInt(c.settings().serviceTimeSample());
            OperatorSession s = c.session();
            out.writeBoolean(s != null);
            if (s != null) {
                uuid(out, s.operatorId());
                string(out, s.login());
                string(out, s.displayName());
                out.writeByte(s.role().ordinal());
            }
            out.writeByte(c.args().length);
            for (Serializable a : c.args()) {
                value(out, a);
            }
        });
    }

    static QueueCall call(byte[] bytes) {
        return decode(bytes, in -> {
            QueueCall.Op op = pick(QueueCall.Op.values(), in.readUnsignedByte());
            Instant now = instant(in);
            QueueSettings settings = new QueueSettings(duration(in), in.readInt(), in.readInt());
            OperatorSession session = in.readBoolean()
                    ? new OperatorSession(uuid(in), string(in), string(in), pick(Role.values(), in.readUnsignedByte()))
                    : null;
            Serializable[] args = new Serializable[in.readUnsignedByte()];
            for (int i = 0; i < args.length; i++) {
                args[i] = value(in);
            }
            return new QueueCall(op, now, settings, session, args);
        });
    }

    static byte[] reply(QueueReply r) {
        return encode(out -> {
            value(out, r.value());
            out.writeBoolean(r.problem() != null);
            if (r.problem() != null) {
                out.writeShort(r.problem().ordinal());
                out.writeByte(r.problemArgs().length);
                for (String a : r.problemArgs()) {
                    string(out, a);
                }
            }
            string(out, r.failureType());
            string(out, r.failure());
        });
    }

    static QueueReply reply(byte[] bytes) {
        return decode(bytes, in -> {
            Serializable value = value(in);
            Problem problem = null;
            String[] args = null;
            if (in.readBoolean()) {
                problem = pick(Problem.values(), in.readUnsignedShort());
                args = new String[in.readUnsignedByte()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = string(in);
                }
            }
            return new QueueReply(value, problem, args, string(in), string(in));
        });
    }

    // ------------------------------------------------------------------ values

    private static void value(DataOutputStream out, Object v) throws IOException {
        switch (v) {
            case null -> out.writeByte(NULL);
            case Integer i -> {
                out.writeByte(INT);
                out.writeInt(i);
            }
            case String s -> {
                out.writeByte(STRING);
                out.writeUTF(s);
            }
            case Ticket t -> {
                out.writeByte(TICKET);
                ticket(out, t);
            }
            case IssuedTicket t -> {
                out.writeByte(ISSUED);
                ticket(out, t.ticket());
                service(out, t.service());
                out.writeInt(t.peopleAhead());
                duration(out, t.estimatedWait());
                out.writeBoolean(t.repeated());
            }
            case List<?> list -> {
                out.writeByte(TICKETS);
                out.writeInt(list.size());
                for (Object t : list) {
                    ticket(out, (Ticket) t);
                }
            }
            case QueueOverview o -> {
                out.writeByte(OVERVIEW);
                instant(out, o.at());
                out.writeShort(o.services().size());
                for (QueueOverview.ServiceQueue s : o.services()) {
                    uuid(out, s.serviceId());
                    out.writeUTF(s.prefix());
                    out.writeInt(s.waiting());
                    out.writeInt(s.priorityWaiting());
                    duration(out, s.longestWait());
                    out.writeInt(s.servedToday());
                }
                out.writeShort(o.counters().size());
                for (QueueOverview.CounterStatus c : o.counters()) {
                    uuid(out, c.counterId());
                    out.writeInt(c.number());
                    out.writeByte(c.state().ordinal());
                    string(out, c.pauseReason());
                    string(out, c.operatorName());
                    string(out, c.currentTicketCode());
                }
            }
            case DayCloseReport d -> {
                out.writeByte(DAY_CLOSE);
                out.writeLong(d.day().toEpochDay());
                out.writeShort(d.unserved().size());
                for (DayCloseReport.ServiceCount s : d.unserved()) {
                    out.writeUTF(s.prefix());
                    out.writeInt(s.count());
                }
                out.writeInt(d.served());
            }
            case IssueRequest r -> {
                out.writeByte(ISSUE_REQUEST);
                out.writeUTF(r.servicePrefix());
                out.writeByte(r.priority().ordinal());
                out.writeUTF(r.language());
                out.writeUTF(r.idempotencyKey());
                string(out, r.citizenTaxCode());
            }
            case Outcome o -> {
                out.writeByte(OUTCOME);
                out.writeByte(o.ordinal());
            }
            default -> throw new IllegalArgumentException("no queue encoding for " + v.getClass().getName());
        }
    }

    private static Serializable value(DataInputStream in) throws IOException {
        int tag = in.readUnsignedByte();
        return switch (tag) {
            case NULL -> null;
            case INT -> in.readInt();
            case STRING -> in.readUTF();
            case TICKET -> ticket(in);
            case ISSUED -> new IssuedTicket(ticket(in), service(in), in.readInt(), duration(in),
                    in.readBoolean());
            case TICKETS -> {
                int n = in.readInt();
                ArrayList<Ticket> list = new ArrayList<>(Math.min(n, 4096));
                for (int i = 0; i < n; i++) {
                    list.add(ticket(in));
                }
                yield list;
            }
            case OVERVIEW -> {
                Instant at = instant(in);
                List<QueueOverview.ServiceQueue> services = new ArrayList<>();
                for (int i = in.readUnsignedShort(); i > 0; i--) {
                    services.add(new QueueOverview.ServiceQueue(uuid(in), in.readUTF(), in.readInt(), in.readInt(),
                            duration(in), in.readInt()));
                }
                List<QueueOverview.CounterStatus> counters = new ArrayList<>();
                for (int i = in.readUnsignedShort(); i > 0; i--) {
                    counters.add(new QueueOverview.CounterStatus(uuid(in), in.readInt(),
                            pick(CounterState.values(), in.readUnsignedByte()), string(in), string(in), string(in)));
                }
                yield new QueueOverview(at, List.copyOf(services), List.copyOf(counters));
            }
            case DAY_CLOSE -> {
                LocalDate day = LocalDate.ofEpochDay(in.readLong());
                List<DayCloseReport.ServiceCount> unserved = new ArrayList<>();
                for (int i = in.readUnsignedShort(); i > 0; i--) {
                    unserved.add(new DayCloseReport.ServiceCount(in.readUTF(), in.readInt()));
                }
                yield new DayCloseReport(day, List.copyOf(unserved), in.readInt());
            }
            case ISSUE_REQUEST -> new IssueRequest(in.readUTF(), pick(PriorityClass.values(), in.readUnsignedByte()),
                    in.readUTF(), in.readUTF(), string(in));
            case OUTCOME -> pick(Outcome.values(), in.readUnsignedByte());
            default -> throw new IOException("unknown value tag " + tag);
        };
    }

    private static void ticket(DataOutputStream out, Ticket t) throws IOException {
        uuid(out, t.id());
        uuid(out, t.serviceId());
        out.writeLong(t.serviceDay() == null ? Long.MIN_VALUE : t.serviceDay().toEpochDay());
        out.writeInt(t.number());
        string(out, t.code());
        out.writeByte(t.kind() == null ? 255 : t.kind().ordinal());
        out.writeByte(t.priority() == null ? 255 : t.priority().ordinal());
        out.writeByte(t.status() == null ? 255 : t.status().ordinal());
        string(out, t.language());
        instant(out, t.issuedAt());
        instant(out, t.queuedSince());
        instant(out, t.calledAt());
        instant(out, t.finishedAt());
        uuid(out, t.counterId());
        uuid(out, t.targetCounterId());
        out.writeInt(t.recallCount());
        out.writeByte(t.outcome() == null ? 255 : t.outcome().ordinal());
        integer(out, t.estimatedWaitMinutes());
        integer(out, t.peopleAhead());
        string(out, t.citizenTaxCode());
    }

    private static Ticket ticket(DataInputStream in) throws IOException {
        UUID id = uuid(in);
        UUID service = uuid(in);
        long day = in.readLong();
        return new Ticket(id, service, day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day), in.readInt(),
                string(in), pickOrNull(TicketKind.values(), in.readUnsignedByte()),
                pickOrNull(PriorityClass.values(), in.readUnsignedByte()),
                pickOrNull(TicketStatus.values(), in.readUnsignedByte()), string(in), instant(in), instant(in),
                instant(in), instant(in), uuid(in), uuid(in), in.readInt(), pickOrNull(Outcome.values(), in.readUnsignedByte()),
                integer(in), integer(in), string(in));
    }

    private static void service(DataOutputStream out, ServiceInfo s) throws IOException {
        uuid(out, s.id());
        string(out, s.prefix());
        string(out, s.nameIt());
        string(out, s.nameEn());
        string(out, s.descriptionIt());
        string(out, s.descriptionEn());
        out.writeByte(s.area().ordinal());
        duration(out, s.targetWait());
        duration(out, s.defaultServiceTime());
        out.writeInt(s.displayOrder());
        out.writeShort(s.hours().intervals().size());
        for (OpeningHours.Interval i : s.hours().intervals()) {
            out.writeByte(i.day().getValue());
            out.writeInt(i.opens().toSecondOfDay());
            out.writeInt(i.closes().toSecondOfDay());
        }
    }

    private static ServiceInfo service(DataInputStream in) throws IOException {
        UUID id = uuid(in);
        String prefix = string(in);
        String nameIt = string(in);
        String nameEn = string(in);
        String descIt = string(in);
        String descEn = string(in);
        Area area = pick(Area.values(), in.readUnsignedByte());
        Duration target = duration(in);
        Duration serviceTime = duration(in);
        int order = in.readInt();
        List<OpeningHours.Interval> intervals = new ArrayList<>();
        for (int i = in.readUnsignedShort(); i > 0; i--) {
            intervals.add(new OpeningHours.Interval(DayOfWeek.of(in.readUnsignedByte()),
                    LocalTime.ofSecondOfDay(in.readInt()), LocalTime.ofSecondOfDay(in.readInt())));
        }
        return new ServiceInfo(id, prefix, nameIt, nameEn, descIt, descEn, area, target, serviceTime, order,
                intervals.isEmpty() ? OpeningHours.ALWAYS : new OpeningHours(intervals));
    }

    // ------------------------------------------------------------------ primitives

    private static void uuid(DataOutputStream out, UUID u) throws IOException {
        out.writeBoolean(u != null);
        if (u != null) {
            out.writeLong(u.getMostSignificantBits());
            out.writeLong(u.getLeastSignificantBits());
        }
    }

    private static UUID uuid(DataInputStream in) throws IOException {
        return in.readBoolean() ? new UUID(in.readLong(), in.readLong()) : null;
    }

    private static void duration(DataOutputStream out, Duration d) throws IOException {
        out.writeLong(d.getSeconds());
        out.writeInt(d.getNano());
    }

    private static Duration duration(DataInputStream in) throws IOException {
        return Duration.ofSeconds(in.readLong(), in.readInt());
    }

    private static void instant(DataOutputStream out, Instant t) throws IOException {
        out.writeBoolean(t != null);
        if (t != null) {
            out.writeLong(t.getEpochSecond());
            out.writeInt(t.getNano());
        }
    }

    private static Instant instant(DataInputStream in) throws IOException {
        return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    private static String string(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static void integer(DataOutputStream out, Integer i) throws IOException {
        out.writeBoolean(i != null);
        if (i != null) {
            out.writeInt(i);
        }
    }

    private static Integer integer(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readInt() : null;
    }

    private static <E> E pick(E[] values, int ordinal) throws IOException {
        if (ordinal >= values.length) {
            throw new IOException("no " + values.getClass().getComponentType().getSimpleName() + " number " + ordinal);
        }
        return values[ordinal];
    }

    private static <E> E pickOrNull(E[] values, int ordinal) throws IOException {
        return ordinal == 255 ? null : pick(values, ordinal);
    }

    // ------------------------------------------------------------------ framing

    @FunctionalInterface
    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private static byte[] encode(Writer w) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            w.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static <T> T decode(byte[] bytes, Reader<T> r) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int version = in.readUnsignedByte();
            if (version != VERSION) {
                throw new IllegalArgumentException("refused queue message of version " + version + " (this end speaks "
                        + VERSION + "): upgrade the workstation and the office server together");
            }
            T value = r.read(in);
            if (in.read() != -1) {
                throw new IOException("bytes left after the message");
            }
            return value;
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae && iae.getMessage() != null
                    && iae.getMessage().startsWith("refused")) {
                throw iae;
            }
            throw new IllegalArgumentException("unreadable queue message: " + e.getMessage(), e);
        }
    }
}
