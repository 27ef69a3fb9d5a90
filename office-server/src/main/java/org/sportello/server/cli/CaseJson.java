package org.sportello.server.cli;

import java.time.LocalDate;
import java.util.List;
import org.sportello.model.agenda.MovedAppointment;
import org.sportello.model.cases.CaseView;
import org.sportello.model.cases.Caseload;
import org.sportello.model.cases.CaseloadEntry;
import org.sportello.model.cases.Deadline;
import org.sportello.model.cases.DidEntry;
import org.sportello.model.cases.Measure;
import org.sportello.model.cases.NoShow;
import org.sportello.model.cases.NoShowCount;

/** A case and a caseload as the commands print them with {@code --json}: dates ISO, null when none. */
final class CaseJson {
    private CaseJson() {
    }

    static String of(CaseView v) {
        JsonWriter j = new JsonWriter().beginObject()
                .field("cf", v.taxCode())
                .field("name", v.name())
                .field("today", date(v.today()))
                .field("did", v.did() == null ? null : date(v.did().declaredOn()))
                .field("didChannel", v.did() == null ? null : v.did().channel().name())
                .field("status", v.status().state().name())
                .field("statusSince", date(v.status().since()))
                .field("caseManager", v.caseManager() == null ? null : v.caseManager().login())
                .field("caseManagerName", v.caseManager() == null ? null : v.caseManager().name())
                .field("takenOn", date(v.takenOn()))
                .field("pact", v.pact());
        j.name("talks").beginObject()
                .field("done", v.standing().talks().done())
                .field("required", v.standing().talks().required())
                .field("by", date(v.standing().talks().by()))
                .endObject();
        j.field("firstOfferDue", date(v.standing().firstOfferDue()));
        deadlines(j.name("overdue"), v.standing().overdue());
        deadlines(j.name("upcoming"), v.standing().upcoming());
        j.name("measures").beginArray();
        for (Measure m : v.measures()) {
            j.beginObject().field("id", m.id().toString()).field("kind", m.kind().name()).field("on", date(m.on()))
                    .field("who", m.who().name()).field("what", m.what()).name("done").value(m.done()).endObject();
        }
        j.endArray();
        j.name("didHistory").beginArray();
        for (DidEntry d : v.didHistory()) {
            j.beginObject().field("declaredOn", date(d.declaredOn())).field("channel", d.channel().name())
                    .field("endedOn", date(d.endedOn())).endObject();
        }
        j.endArray();
        j.name("noShows").beginArray();
        for (NoShow n : v.noShows()) {
            j.beginObject().field("appointment", n.appointment().toString()).field("startsAt", n.startsAt().toString())
                    .field("with", n.withLogin()).field("kind", n.kind()).endObject();
        }
        j.endArray();
        // Booked at other offices before the dossier moved here (ADR 36): status TO_BE_REBOOKED while waiting.
        j.name("movedAppointments").beginArray();
        for (MovedAppointment a : v.movedAppointments()) {
            moved(j, a);
        }
        j.endArray();
        j.name("stamps").beginArray();
        for (org.sportello.model.stamps.Stamp s : v.stamps()) {
            j.beginObject().field("at", s.at().toString()).field("station", s.station())
                    .field("number", s.number().format()).endObject();
        }
        return j.endArray().endObject().toString();
    }

    static String of(Caseload c, String operator) {
        JsonWriter j = new JsonWriter().beginObject()
                .field("today", date(c.today()))
                .field("weekEnds", date(c.weekEnds()))
                .field("operator", operator);
        entries(j.name("overdue"), c.in(CaseloadEntry.Bucket.OVERDUE));
        entries(j.name("dueThisWeek"), c.in(CaseloadEntry.Bucket.THIS_WEEK));
        entries(j.name("later"), c.in(CaseloadEntry.Bucket.LATER));
        j.name("noShows").beginArray();
        for (NoShowCount n : c.noShows()) {
            j.beginObject().field("cf", n.taxCode()).field("name", n.name()).field("count", n.count()).endObject();
        }
        return j.endArray().endObject().toString();
    }

    /** One appointment another office booked, as the case and {@code agenda list --to-rebook} print it. */
    static void moved(JsonWriter j, MovedAppointment a) {
        j.beginObject().field("id", a.id().toString()).field("cf", a.taxCode())
                .field("bookedAtOffice", a.bookedAtOffice()).field("with", a.withLogin())
                .field("withName", a.withName()).field("kind", a.kind().name())
                .field("startsAt", a.startsAt().toString()).field("status", a.statusHere().name())
                .field("statusAtOffice", a.status().name())
                .field("rebookedTo", a.rebookedTo() == null ? null : a.rebookedTo().toString())
                .field("dismissedBy", a.dismissed() == null ? null : a.dismissed().by())
                .field("dismissReason", a.dismissed() == null ? null : a.dismissed().reason()).endObject();
    }

    private static void entries(JsonWriter j, List<CaseloadEntry> entries) {
        j.beginArray();
        for (CaseloadEntry e : entries) {
            j.beginObject().field("caseManager", e.caseManager().login()).field("cf", e.taxCode())
                    .field("name", e.name());
            deadline(j, e.deadline());
            j.endObject();
        }
        j.endArray();
    }

    private static void deadlines(JsonWriter j, List<Deadline> deadlines) {
        j.beginArray();
        for (Deadline d : deadlines) {
            deadline(j.beginObject(), d);
            j.endObject();
        }
        j.endArray();
    }

    private static void deadline(JsonWriter j, Deadline d) {
        j.field("on", date(d.on())).field("what", d.what().name())
                .field("measure", d.measure() == null ? null : d.measure().name())
                .field("measureId", d.measureId() == null ? null : d.measureId().toString())
                .field("missing", d.missing());
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
