package org.sportello.protocol.wire;

import com.google.protobuf.ByteString;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import org.sportello.model.archive.Reprint;
import org.sportello.model.documents.DocumentDetails;
import org.sportello.model.documents.DuplicatePaper;
import org.sportello.model.documents.IssuedPaper;
import org.sportello.model.person.AvailabilityDeclaration;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.person.JobMovement;
import org.sportello.model.person.Person;
import org.sportello.model.person.PersonFile;
import org.sportello.model.protocol.DocumentHash;
import org.sportello.model.protocol.ProtocolEntry;
import org.sportello.model.protocol.ProtocolKind;
import org.sportello.model.protocol.ProtocolNumber;
import org.sportello.model.protocol.ProtocolStatus;
import org.sportello.model.protocol.SubjectKind;
import org.sportello.model.seal.Outcome;
import org.sportello.model.seal.SealPayload;
import org.sportello.model.seal.Verdict;
import org.sportello.model.sync.LinkState;
import org.sportello.model.sync.SyncFault;
import org.sportello.model.sync.SyncHealth;
import org.sportello.protocol.v1.DeclarationMsg;
import org.sportello.protocol.v1.DocumentDetailsMsg;
import org.sportello.protocol.v1.IssuedDocumentMsg;
import org.sportello.protocol.v1.JobMovementMsg;
import org.sportello.protocol.v1.PersonFileReply;
import org.sportello.protocol.v1.ProtocolEntryMsg;
import org.sportello.protocol.v1.ReprintMsg;
import org.sportello.protocol.v1.SyncHealthMsg;
import org.sportello.protocol.v1.VerdictMsg;

/**
 * The documents service's values on the wire and back, losing nothing: an absent value travels as the
 * empty text (the model keeps no blank texts), times as epoch milliseconds plus the nanoseconds within
 * them. Reading throws {@link IllegalArgumentException} for a value that is not one, which the server
 * answers as INVALID_ARGUMENT.
 */
public final class DocumentWire {
    private DocumentWire() {
    }

    // ------------------------------------------------------------------ register entries

    public static ProtocolEntryMsg toMsg(ProtocolEntry e) {
        ProtocolEntryMsg.Builder m = ProtocolEntryMsg.newBuilder()
                .setId(e.id().toString())
                .setNumber(e.number().format())
                .setKind(e.kind().name())
                .setSubjectKind(e.subjectKind().name())
                .setSubjectCode(text(e.subjectCode()))
                .setSubjectName(text(e.subjectName()))
                .setTitle(text(e.title()))
                .setDocumentHash(e.documentHash().hex())
                .setRegisteredAt(e.registeredAt().toEpochMilli())
                .setRegisteredAtNanos(nanosWithinMilli(e.registeredAt()))
                .setRegisteredBy(e.operatorId() == null ? "" : e.operatorId().toString())
                .setStatus(e.status().name())
                .setAnnulledBy(e.annulledBy() == null ? "" : e.annulledBy().toString())
                .setAnnulmentReason(text(e.annulmentReason()));
        if (e.annulledAt() != null) {
            m.setAnnulledAtMs(e.annulledAt().toEpochMilli()).setAnnulledAtNanos(nanosWithinMilli(e.annulledAt()));
        }
        return m.build();
    }

    public static ProtocolEntry entryFromMsg(ProtocolEntryMsg m) {
        return new ProtocolEntry(UUID.fromString(m.getId()), number(m.getNumber()),
                ProtocolKind.valueOf(m.getKind()), SubjectKind.valueOf(m.getSubjectKind()), orNull(m.getSubjectCode()),
                orNull(m.getSubjectName()), orNull(m.getTitle()), new DocumentHash(m.getDocumentHash()),
                m.getRegisteredBy().isEmpty() ? null : UUID.fromString(m.getRegisteredBy()), instant(m.getRegisteredAt(), m.getRegisteredAtNanos()),
                ProtocolStatus.valueOf(m.getStatus()),
                m.hasAnnulledAtMs() ? instant(m.getAnnulledAtMs(), m.getAnnulledAtNanos()) : null,
                m.getAnnulledBy().isEmpty() ? null : UUID.fromString(m.getAnnulledBy()), orNull(m.getAnnulmentReason()));
    }

    // ------------------------------------------------------------------ papers

    public static IssuedDocumentMsg toMsg(IssuedPaper p) {
        return IssuedDocumentMsg.newBuilder()
                .setEntry(toMsg(p.entry()))
                .setSeal(p.seal().encode())
                .setPdf(ByteString.copyFrom(p.pdf()))
                .build();
    }

    public static IssuedPaper issuedFromMsg(IssuedDocumentMsg m) {
        return new IssuedPaper(entryFromMsg(m.getEntry()), seal(m.getSeal()), m.getPdf().toByteArray());
    }

    public static IssuedDocumentMsg toMsg(DuplicatePaper d) {
        Reprint r = d.reprint();
        return IssuedDocumentMsg.newBuilder()
                .setEntry(toMsg(d.entry()))
                .setSeal(d.seal().encode())
                .setPdf(ByteString.copyFrom(d.pdf()))
                .setReprint(ReprintMsg.newBuilder()
                        .setId(r.id().toString())
                        .setNumber(r.number().format())
                        .setOperatorId(r.operatorId().toString())
                        .setPrintedAtMs(r.printedAt().toEpochMilli())
                        .setPrintedAtNanos(nanosWithinMilli(r.printedAt()))
                        .setCopySha256(r.copySha256().hex()))
                .build();
    }

    public static DuplicatePaper duplicateFromMsg(IssuedDocumentMsg m) {
        if (!m.hasReprint()) {
            throw new IllegalArgumentException("a duplicate without its reprint record");
        }
        ReprintMsg r = m.getReprint();
        Reprint reprint = new Reprint(UUID.fromString(r.getId()), number(r.getNumber()),
                UUID.fromString(r.getOperatorId()), instant(r.getPrintedAtMs(), r.getPrintedAtNanos()),
                new DocumentHash(r.getCopySha256()));
        return new DuplicatePaper(entryFromMsg(m.getEntry()), seal(m.getSeal()), reprint, m.getPdf().toByteArray());
    }

    // ------------------------------------------------------------------ what the operator typed

    public static DocumentDetailsMsg toMsg(DocumentDetails d) {
        return DocumentDetailsMsg.newBuilder()
                .setCompanyName(text(d.companyName()))
                .setCommunication(text(d.communication()))
                .setPages(d.pages())
                .addAllItems(d.items())
                .setAppointmentAt(d.appointmentAt() == null ? "" : d.appointmentAt().toString())
                .setPlace(text(d.place()))
                .setCaseManager(text(d.caseManager()))
                .setPurpose(text(d.purpose()))
                .build();
    }

    public static DocumentDetails detailsFromMsg(DocumentDetailsMsg m) {
        LocalDateTime at;
        try {
            at = m.getAppointmentAt().isEmpty() ? null : LocalDateTime.parse(m.getAppointmentAt());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("appointment_at is not an ISO date-time: " + m.getAppointmentAt(), e);
        }
        return new DocumentDetails(orNull(m.getCompanyName()), orNull(m.getCommunication()), m.getPages(),
                m.getItemsList(), at, orNull(m.getPlace()), orNull(m.getCaseManager()), orNull(m.getPurpose()));
    }

    // ------------------------------------------------------------------ scans

    public static VerdictMsg toMsg(Verdict v) {
        VerdictMsg.Builder m = VerdictMsg.newBuilder()
                .setOutcome(v.outcome().name())
                .setNumber(v.number().map(ProtocolNumber::format).orElse(""))
                .setOfficeCode(v.signingOffice().orElse(""));
        v.entry().ifPresent(e -> m.setEntry(toMsg(e)));
        return m.build();
    }

    public static Verdict verdictFromMsg(VerdictMsg m) {
        return new Verdict(Outcome.valueOf(m.getOutcome()),
                m.getNumber().isEmpty() ? Optional.empty() : Optional.of(number(m.getNumber())),
                m.hasEntry() ? Optional.of(entryFromMsg(m.getEntry())) : Optional.empty(),
                m.getOfficeCode().isEmpty() ? Optional.empty() : Optional.of(m.getOfficeCode()));
    }

    // ------------------------------------------------------------------ person files

    public static PersonFileReply toMsg(Optional<PersonFile> found) {
        if (found.isEmpty()) {
            return PersonFileReply.newBuilder().setFound(false).build();
        }
        PersonFile f = found.get();
        PersonFileReply.Builder m = PersonFileReply.newBuilder()
                .setFound(true)
                .setCodiceFiscale(f.codiceFiscale().code())
                .setFamilyName(f.person().familyName())
                .setGivenNames(f.person().givenNames())
                .setBirthPlaceName(text(f.person().birthPlaceName()))
                .setRegisteredOn(f.registeredOn() == null ? "" : f.registeredOn().toString());
        f.declarations().forEach(d -> m.addDeclarations(DeclarationMsg.newBuilder()
                .setDeclaredOn(d.declaredOn().toString())
                .setEndedOn(d.endedOn() == null ? "" : d.endedOn().toString())));
        f.movements().forEach(j -> m.addMovements(JobMovementMsg.newBuilder()
                .setKind(j.kind().name())
                .setEffectiveOn(j.effectiveOn().toString())
                .setEmployerTaxCode(j.employerTaxCode())
                .setEmployerName(j.employerName())
                .setContractType(text(j.contractType()))
                .setOccupation(text(j.occupation()))));
        return m.build();
    }

    /**
     * @param today the reader's day, which dates a codice fiscale's two-digit birth year (as everywhere
     *              a code is read)
     */
    public static Optional<PersonFile> personFromMsg(PersonFileReply m, LocalDate today) {
        if (!m.getFound()) {
            return Optional.empty();
        }
        Person person = new Person(CodiceFiscale.of(m.getCodiceFiscale(), today), m.getFamilyName(),
                m.getGivenNames(), orNull(m.getBirthPlaceName()));
        return Optional.of(new PersonFile(person, date(m.getRegisteredOn()),
                m.getDeclarationsList().stream().map(d -> new AvailabilityDeclaration(date(d.getDeclaredOn()),
                        date(d.getEndedOn()))).toList(),
                m.getMovementsList().stream().map(j -> new JobMovement(JobMovement.Kind.valueOf(j.getKind()),
                        date(j.getEffectiveOn()), j.getEmployerTaxCode(), j.getEmployerName(),
                        orNull(j.getContractType()), orNull(j.getOccupation()))).toList()));
    }

    // ------------------------------------------------------------------ sync health

    public static SyncHealthMsg toMsg(SyncHealth h) {
        SyncHealthMsg.Builder m = SyncHealthMsg.newBuilder()
                .setLink(h.link().name())
                .setBacklog(h.backlog())
                .setLastError(text(h.lastError()))
                .setFault(h.fault() == null ? "" : h.fault().name());
        if (h.lastSuccess() != null) {
            m.setLastSuccessMs(h.lastSuccess().toEpochMilli()).setLastSuccessNanos(nanosWithinMilli(h.lastSuccess()));
        }
        if (h.lastAttempt() != null) {
            m.setLastAttemptMs(h.lastAttempt().toEpochMilli()).setLastAttemptNanos(nanosWithinMilli(h.lastAttempt()));
        }
        if (h.openReviews() != null) {
            m.setOpenReviews(h.openReviews());
        }
        return m.build();
    }

    public static SyncHealth syncHealthFromMsg(SyncHealthMsg m) {
        return new SyncHealth(LinkState.valueOf(m.getLink()),
                m.hasLastSuccessMs() ? instant(m.getLastSuccessMs(), m.getLastSuccessNanos()) : null,
                m.hasLastAttemptMs() ? instant(m.getLastAttemptMs(), m.getLastAttemptNanos()) : null,
                m.getBacklog(), orNull(m.getLastError()),
                m.getFault().isEmpty() ? null : SyncFault.valueOf(m.getFault()),
                m.hasOpenReviews() ? m.getOpenReviews() : null);
    }

    // ------------------------------------------------------------------ small values

    public static SealPayload seal(String text) {
        return SealPayload.parse(text).orElseThrow(() -> new IllegalArgumentException("not a seal: " + text));
    }

    static ProtocolNumber number(String text) {
        return ProtocolNumber.parse(text).orElseThrow(() -> new IllegalArgumentException(
                "not a protocol number: " + text));
    }

    private static int nanosWithinMilli(Instant t) {
        return t.getNano() % 1_000_000;
    }

    private static Instant instant(long millis, int nanosWithinMilli) {
        return Instant.ofEpochMilli(millis).plusNanos(nanosWithinMilli);
    }

    private static LocalDate date(String text) {
        return text.isEmpty() ? null : LocalDate.parse(text);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String orNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
