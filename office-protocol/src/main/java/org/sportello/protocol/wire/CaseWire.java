package org.sportello.protocol.wire;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.sportello.model.cases.CaseOwner;
import org.sportello.model.cases.CaseStanding;
import org.sportello.model.cases.CaseView;
import org.sportello.model.cases.Caseload;
import org.sportello.model.cases.CaseloadEntry;
import org.sportello.model.cases.Deadline;
import org.sportello.model.cases.DeadlineKind;
import org.sportello.model.cases.DidChannel;
import org.sportello.model.cases.DidEntry;
import org.sportello.model.cases.Measure;
import org.sportello.model.cases.MeasureKind;
import org.sportello.model.cases.NoShow;
import org.sportello.model.cases.NoShowCount;
import org.sportello.model.cases.Party;
import org.sportello.model.cases.Talks;
import org.sportello.model.person.EmploymentStatus;
import org.sportello.protocol.v1.CaseMsg;
import org.sportello.protocol.v1.CaseloadEntryMsg;
import org.sportello.protocol.v1.CaseloadMsg;
import org.sportello.protocol.v1.DeadlineMsg;
import org.sportello.protocol.v1.DidEntryMsg;
import org.sportello.protocol.v1.MeasureMsg;
import org.sportello.protocol.v1.NoShowCountMsg;
import org.sportello.protocol.v1.NoShowMsg;

/** Cases on the wire (cases.proto): dates as ISO strings, empty for none; enums by name. */
public final class CaseWire {
    private CaseWire() {
    }

    public static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    public static LocalDate date(String s) {
        return s == null || s.isEmpty() ? null : LocalDate.parse(s);
    }

    public static CaseMsg toMsg(CaseView v) {
        CaseMsg.Builder b = CaseMsg.newBuilder()
                .setTaxCode(v.taxCode())
                .setName(v.name() == null ? "" : v.name())
                .setToday(date(v.today()))
                .setStatus(v.status().state().name())
                .setStatusSince(date(v.status().since()))
                .setStatusDidOn(date(v.status().didOn()))
                .setTakenOn(date(v.takenOn()))
                .setPact(v.pact() == null ? "" : v.pact())
                .setTalksDone(v.standing().talks().done())
                .setTalksRequired(v.standing().talks().required())
                .setTalksBy(date(v.standing().talks().by()))
                .setFirstOfferDue(date(v.standing().firstOfferDue()));
        if (v.did() != null) {
            b.setDid(toMsg(v.did()));
        }
        v.didHistory().forEach(d -> b.addDidHistory(toMsg(d)));
        if (v.caseManager() != null) {
            b.setCaseManagerLogin(v.caseManager().login()).setCaseManagerName(v.caseManager().name());
        }
        v.measures().forEach(m -> b.addMeasures(MeasureMsg.newBuilder().setId(m.id().toString())
                .setKind(m.kind().name()).setOn(date(m.on())).setWho(m.who().name()).setWhat(m.what())
                .setDone(m.done())));
        v.standing().overdue().forEach(d -> b.addOverdue(toMsg(d)));
        v.standing().upcoming().forEach(d -> b.addUpcoming(toMsg(d)));
        v.noShows().forEach(n -> b.addNoShows(NoShowMsg.newBuilder().setAppointmentId(n.appointment().toString())
                .setStartsAt(n.startsAt().toString()).setWithLogin(n.withLogin()).setWithName(n.withName())
                .setKind(n.kind())));
        v.movedAppointments().forEach(a -> b.addMovedAppointments(AgendaWire.toMsg(a)));
        v.stamps().forEach(s -> b.addStamps(StampWire.toMsg(s, true)));
        return b.build();
    }

    public static CaseView caseFromMsg(CaseMsg m) {
        CaseOwner manager = m.getCaseManagerLogin().isEmpty() ? null
                : new CaseOwner(m.getCaseManagerLogin(), m.getCaseManagerName());
        Talks talks = new Talks(m.getTalksDone(), m.getTalksRequired(), date(m.getTalksBy()));
        CaseStanding standing = new CaseStanding(talks, date(m.getFirstOfferDue()),
                m.getOverdueList().stream().map(CaseWire::fromMsg).toList(),
                m.getUpcomingList().stream().map(CaseWire::fromMsg).toList());
        return new CaseView(m.getTaxCode(), m.getName(), date(m.getToday()),
                new EmploymentStatus(EmploymentStatus.State.valueOf(m.getStatus()), date(m.getStatusSince()),
                        date(m.getStatusDidOn())),
                m.hasDid() ? fromMsg(m.getDid()) : null,
                m.getDidHistoryList().stream().map(CaseWire::fromMsg).toList(),
                manager, date(m.getTakenOn()), m.getPact().isEmpty() ? null : m.getPact(),
                m.getMeasuresList().stream().map(x -> new Measure(UUID.fromString(x.getId()),
                        MeasureKind.valueOf(x.getKind()), date(x.getOn()), Party.valueOf(x.getWho()), x.getWhat(),
                        x.getDone())).toList(),
                standing,
                m.getNoShowsList().stream().map(n -> new NoShow(UUID.fromString(n.getAppointmentId()),
                        Instant.parse(n.getStartsAt()), n.getWithLogin(), n.getWithName(), n.getKind())).toList(),
                m.getMovedAppointmentsList().stream().map(AgendaWire::movedFromMsg).toList(),
                m.getStampsList().stream().map(s -> StampWire.fromMsg(s, m.getTaxCode())).toList());
    }

    public static CaseloadMsg toMsg(Caseload c) {
        CaseloadMsg.Builder b = CaseloadMsg.newBuilder().setToday(date(c.today())).setWeekEnds(date(c.weekEnds()));
        for (CaseloadEntry e : c.entries()) {
            b.addEntries(CaseloadEntryMsg.newBuilder().setCaseManagerLogin(e.caseManager().login())
                    .setCaseManagerName(e.caseManager().name()).setTaxCode(e.taxCode())
                    .setName(e.name() == null ? "" : e.name()).setDeadline(toMsg(e.deadline()))
                    .setBucket(e.bucket().name()));
        }
        c.noShows().forEach(n -> b.addNoShows(NoShowCountMsg.newBuilder().setTaxCode(n.taxCode()).setName(n.name())
                .setCount(n.count())));
        return b.build();
    }

    public static Caseload caseloadFromMsg(CaseloadMsg m) {
        return new Caseload(date(m.getToday()), date(m.getWeekEnds()), m.getEntriesList().stream()
                .map(e -> new CaseloadEntry(new CaseOwner(e.getCaseManagerLogin(), e.getCaseManagerName()),
                        e.getTaxCode(), e.getName(), fromMsg(e.getDeadline()),
                        CaseloadEntry.Bucket.valueOf(e.getBucket()))).toList(),
                m.getNoShowsList().stream().map(n -> new NoShowCount(n.getTaxCode(), n.getName(), n.getCount()))
                        .toList());
    }

    private static DidEntryMsg toMsg(DidEntry d) {
        return DidEntryMsg.newBuilder().setId(d.id().toString()).setDeclaredOn(date(d.declaredOn()))
                .setChannel(d.channel().name()).setEndedOn(date(d.endedOn())).build();
    }

    private static DidEntry fromMsg(DidEntryMsg m) {
        return new DidEntry(UUID.fromString(m.getId()), date(m.getDeclaredOn()), DidChannel.valueOf(m.getChannel()),
                date(m.getEndedOn()));
    }

    private static DeadlineMsg toMsg(Deadline d) {
        return DeadlineMsg.newBuilder().setOn(date(d.on())).setWhat(d.what().name())
                .setMeasureKind(d.measure() == null ? "" : d.measure().name())
                .setMeasureId(d.measureId() == null ? "" : d.measureId().toString())
                .setMissing(d.missing()).build();
    }

    private static Deadline fromMsg(DeadlineMsg m) {
        return new Deadline(date(m.getOn()), DeadlineKind.valueOf(m.getWhat()),
                m.getMeasureKind().isEmpty() ? null : MeasureKind.valueOf(m.getMeasureKind()),
                m.getMeasureId().isEmpty() ? null : UUID.fromString(m.getMeasureId()), m.getMissing());
    }
}
