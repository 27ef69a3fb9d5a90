package org.sportello.model.documents;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sportello.model.cases.PactContent;
import org.sportello.model.person.EmploymentStatus;
import org.sportello.model.person.JobMovement;
import org.sportello.model.person.Person;
import org.sportello.model.protocol.ProtocolNumber;

/** Turns facts into the words and tables of a document, in the requested language. */
public final class DocumentComposer {

    public DocumentSheet compose(DocumentFacts facts, Locale locale, ProtocolNumber number, ZonedDateTime issuedAt,
                                 Letterhead letterhead, String signer, boolean sample) {
        DocumentTexts t = new DocumentTexts(locale);
        String kindKey = facts.kind().name().toLowerCase(Locale.ROOT).replace('_', '.');
        List<Block> blocks = new ArrayList<>();
        switch (facts) {
            case DocumentFacts.EmploymentStatus f -> {
                blocks.add(new Block.Paragraph(t.text("certify.intro", letterhead.officeName())));
                blocks.add(personFields(t, f.person()));
                blocks.add(new Block.Paragraph(t.text("employment.status." + f.state().name().toLowerCase(Locale.ROOT),
                        t.date(f.since()))));
                List<Block.Field> extra = new ArrayList<>();
                if (f.registeredOn() != null) {
                    extra.add(new Block.Field(t.text("label.registered.on"), t.date(f.registeredOn())));
                }
                if (f.availableSince() != null) {
                    extra.add(new Block.Field(t.text("label.did.on"), t.date(f.availableSince())));
                }
                if (!extra.isEmpty()) {
                    blocks.add(new Block.Fields(extra));
                }
                blocks.add(new Block.Paragraph(t.text("certify.use")));
            }
            case DocumentFacts.StatusHistory f -> {
                blocks.add(new Block.Paragraph(t.text("certify.intro", letterhead.officeName())));
                blocks.add(personFields(t, f.person()));
                if (f.movements().isEmpty()) {
                    blocks.add(new Block.Paragraph(t.text("history.none")));
                } else {
                    blocks.add(new Block.Paragraph(t.text("history.intro")));
                    blocks.add(new Block.Table(List.of(t.text("history.col.date"), t.text("history.col.event"),
                            t.text("history.col.employer"), t.text("history.col.contract")),
                            f.movements().stream().map(m -> movementRow(t, m)).toList()));
                }
                if (f.status() != null) {
                    registerNow(t, f, blocks);
                }
                blocks.add(new Block.Paragraph(t.text("certify.use")));
            }
            case DocumentFacts.DidAttestation f -> {
                blocks.add(new Block.Paragraph(t.text("certify.intro", letterhead.officeName())));
                blocks.add(personFields(t, f.person()));
                blocks.add(new Block.Paragraph(t.text("did.body", t.date(f.declaredOn()))));
                blocks.add(new Block.Paragraph(t.text("certify.use")));
            }
            case DocumentFacts.Registration f -> {
                blocks.add(new Block.Paragraph(t.text("certify.intro", letterhead.officeName())));
                blocks.add(personFields(t, f.person()));
                blocks.add(new Block.Paragraph(t.text("registration.body", t.date(f.registeredOn()))));
                blocks.add(new Block.Paragraph(t.text("certify.use")));
            }
            case DocumentFacts.AppointmentLetter f -> {
                blocks.add(new Block.Paragraph(t.text("letter.salutation", f.person().givenNames(),
                        f.person().familyName())));
                blocks.add(new Block.Paragraph(t.text("appointment.body")));
                List<Block.Field> fields = new ArrayList<>();
                fields.add(new Block.Field(t.text("label.when"), t.dateTime(f.at())));
                fields.add(new Block.Field(t.text("label.where"), f.place()));
                if (f.caseManager() != null && !f.caseManager().isBlank()) {
                    fields.add(new Block.Field(t.text("label.with"), f.caseManager()));
                }
                fields.add(new Block.Field(t.text("label.purpose"), f.purpose()));
                fields.add(new Block.Field(t.text("label.tax.code"), f.person().codiceFiscale().code()));
                if (!f.bring().isEmpty()) {
                    fields.add(new Block.Field(t.text("label.bring"), String.join("; ", f.bring())));
                }
                blocks.add(new Block.Fields(fields));
                blocks.add(new Block.Paragraph(t.text("appointment.bring")));
                blocks.add(new Block.Paragraph(t.text("appointment.checkin")));
                blocks.add(new Block.Paragraph(t.text("appointment.cancel")));
            }
            case DocumentFacts.ServicePact f -> pact(t, f, letterhead, blocks);
            case DocumentFacts.StampedReceipt f -> {
                blocks.add(new Block.Paragraph(t.text("stamped.body", f.companyName(), f.company().code())));
                blocks.add(new Block.Fields(List.of(
                        new Block.Field(t.text("label.communication"), f.communication()),
                        new Block.Field(t.text("label.pages"), Integer.toString(f.pages())),
                        new Block.Field(t.text("label.received.at"),
                                t.dateTime(f.receivedAt().atZone(issuedAt.getZone()))),
                        new Block.Field(t.text("label.received.hash"), f.receivedHash().hex()))));
                blocks.add(new Block.Stamp(List.of(letterhead.officeName(), t.text("stamp.received"),
                        t.dateTime(f.receivedAt().atZone(issuedAt.getZone())),
                        t.text("stamp.protocol", number.format()))));
                blocks.add(new Block.Paragraph(t.text("stamped.note")));
            }
            case DocumentFacts.VacancyShortlist f -> shortlist(t, f, letterhead, blocks);
            case DocumentFacts.AttendanceCertificate f -> {
                blocks.add(new Block.Paragraph(t.text("certify.intro", letterhead.officeName())));
                blocks.add(personFields(t, f.person()));
                blocks.add(new Block.Paragraph(t.text("attendance.body", f.stamps().size(),
                        t.shortDate(f.stamps().getFirst().at().toLocalDate()),
                        t.shortDate(f.stamps().getLast().at().toLocalDate()))));
                blocks.add(new Block.Table(List.of(t.text("attendance.col.day"), t.text("attendance.col.time"),
                        t.text("attendance.col.number")), f.stamps().stream().map(s -> List.of(
                        t.shortDate(s.at().toLocalDate()), s.at().toLocalTime().withSecond(0).withNano(0).toString(),
                        s.number())).toList()));
                blocks.add(new Block.Paragraph(t.text("attendance.note")));
                blocks.add(new Block.Paragraph(t.text("certify.use")));
            }
            case DocumentFacts.DocumentsReceipt f -> {
                blocks.add(new Block.Paragraph(t.text("receipt.body", f.subjectName(), f.subject().code())));
                List<List<String>> rows = new ArrayList<>();
                for (int i = 0; i < f.items().size(); i++) {
                    rows.add(List.of(Integer.toString(i + 1), f.items().get(i)));
                }
                blocks.add(new Block.Table(List.of(t.text("receipt.col.number"), t.text("receipt.col.item")), rows));
                blocks.add(new Block.Paragraph(t.text("receipt.note")));
            }
        }
        return new DocumentSheet(facts.kind(), locale, number, issuedAt, letterhead, t.text("title." + kindKey),
                blocks, signer, sample);
    }

    /**
     * What the register shows today under the history: registration, DID and the status derived from them
     * (ADR 29). Without a DID in force it never speaks of unemployment.
     */
    private static void registerNow(DocumentTexts t, DocumentFacts.StatusHistory f, List<Block> blocks) {
        EmploymentStatus s = f.status();
        List<Block.Field> fields = new ArrayList<>();
        if (f.registeredOn() != null) {
            fields.add(new Block.Field(t.text("label.registered.on"), t.date(f.registeredOn())));
        }
        fields.add(new Block.Field(t.text("label.did"), s.didOn() == null ? t.text("did.none")
                : t.text("did.made.on", t.date(s.didOn()))));
        blocks.add(new Block.Fields(fields));
        String key = "history.now." + s.state().name().toLowerCase(Locale.ROOT).replace('_', '.');
        blocks.add(new Block.Paragraph(switch (s.state()) {
            case UNEMPLOYED, EMPLOYED -> t.text(key, t.date(s.since()));
            case DID_LAPSED -> t.text(key, t.date(s.didOn()), t.date(s.since()));
            case NO_DID -> t.text(key);
        }));
    }

    private static void pact(DocumentTexts t, DocumentFacts.ServicePact f, Letterhead letterhead, List<Block> blocks) {
        PactContent p = f.pact();
        blocks.add(new Block.Paragraph(t.text("pact.intro", letterhead.officeName())));
        blocks.add(personFields(t, f.person()));
        List<Block.Field> fields = new ArrayList<>();
        fields.add(new Block.Field(t.text("label.did"), t.text("did.made.on", t.date(p.didOn()))));
        fields.add(new Block.Field(t.text("label.case.manager"), p.caseManager().name()));
        if (p.takenOn() != null) {
            fields.add(new Block.Field(t.text("label.taken.on"), t.date(p.takenOn())));
        }
        blocks.add(new Block.Fields(fields));
        blocks.add(new Block.Paragraph(t.text("pact.measures")));
        blocks.add(new Block.Table(List.of(t.text("pact.col.date"), t.text("pact.col.measure"), t.text("pact.col.what"),
                t.text("pact.col.who")), p.measures().stream().map(m -> List.of(t.shortDate(m.on()),
                t.text("measure." + m.kind().name().toLowerCase(Locale.ROOT).replace('_', '.')),
                m.what(), t.text("party." + m.who().name().toLowerCase(Locale.ROOT).replace('_', '.')))).toList()));
        blocks.add(new Block.Paragraph(t.text("pact.plan", p.rules().talksRequired(), t.date(p.plan().talksBy()),
                t.date(p.plan().firstOfferDue()))));
        blocks.add(new Block.Paragraph(t.text("pact.commitments")));
        blocks.add(new Block.Signatures(List.of(t.text("pact.sign.citizen", f.person().fullName()),
                t.text("pact.sign.case.manager", p.caseManager().name()))));
    }

    private static void shortlist(DocumentTexts t, DocumentFacts.VacancyShortlist f, Letterhead letterhead,
                                  List<Block> blocks) {
        blocks.add(new Block.Paragraph(t.text("shortlist.intro", f.companyName(), f.company().code(),
                letterhead.officeName())));
        List<Block.Field> fields = new ArrayList<>();
        fields.add(new Block.Field(t.text("label.vacancy"), f.vacancyTitle()));
        if (f.municipality() != null) {
            fields.add(new Block.Field(t.text("label.where"), f.municipality()));
        }
        fields.add(new Block.Field(t.text("label.reference"), f.reference()));
        blocks.add(new Block.Fields(fields));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < f.candidates().size(); i++) {
            DocumentFacts.ShortlistEntry e = f.candidates().get(i);
            List<String> contact = new ArrayList<>();
            if (e.phone() != null) {
                contact.add(e.phone());
            }
            if (e.email() != null) {
                contact.add(e.email());
            }
            String reach = contact.isEmpty() ? t.text("shortlist.through.office") : String.join(" - ", contact);
            rows.add(List.of(Integer.toString(i + 1), e.name(), reach,
                    String.join("; ", e.meets().stream().map(r -> meets(t, r)).toList())));
        }
        blocks.add(new Block.Table(List.of(t.text("shortlist.col.number"), t.text("shortlist.col.name"),
                t.text("shortlist.col.contact"), t.text("shortlist.col.meets")), rows));
        blocks.add(new Block.Paragraph(t.text("shortlist.privacy")));
        blocks.add(new Block.Paragraph(t.text("shortlist.outcome")));
    }

    /** A met requirement in the company's words: what the vacancy asked, never the candidate's own details. */
    private static String meets(DocumentTexts t, org.sportello.model.offers.FitReason r) {
        List<String> a = r.args();
        String key = "shortlist.meets." + r.aspect().name().toLowerCase(Locale.ROOT);
        return switch (r.aspect()) {
            case OCCUPATION, HOURS -> t.text(key);
            case EXPERIENCE, EDUCATION, SKILL, LICENCE -> t.text(key, a.getFirst());
            case LANGUAGE -> t.text(key, a.get(0).toUpperCase(Locale.ROOT), a.get(1));
            case DISTANCE -> t.text(key, a.get(1));
        };
    }

    private static Block.Fields personFields(DocumentTexts t, Person p) {
        String place = p.birthPlaceName() != null ? p.birthPlaceName() : p.codiceFiscale().birthPlace();
        return new Block.Fields(List.of(
                new Block.Field(t.text("label.name"), p.fullName()),
                new Block.Field(t.text("label.tax.code"), p.codiceFiscale().code()),
                new Block.Field(t.text("label.born"), t.text("born.value", t.date(p.birthDate()), place)),
                new Block.Field(t.text("label.sex"), t.text("sex." + p.sex().name().toLowerCase(Locale.ROOT)))));
    }

    private static List<String> movementRow(DocumentTexts t, JobMovement m) {
        String contract = m.contractType() == null ? "" : m.contractType();
        if (m.occupation() != null && !m.occupation().isBlank()) {
            contract = contract.isEmpty() ? m.occupation() : contract + " - " + m.occupation();
        }
        return List.of(t.shortDate(m.effectiveOn()),
                t.text("movement." + m.kind().name().toLowerCase(Locale.ROOT)),
                m.employerName() + " (" + m.employerTaxCode() + ")", contract);
    }
}
