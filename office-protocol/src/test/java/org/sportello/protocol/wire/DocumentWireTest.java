package org.sportello.protocol.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
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
import org.sportello.model.seal.OfficeSigner;
import org.sportello.model.seal.Outcome;
import org.sportello.model.seal.SealPayload;
import org.sportello.model.seal.Verdict;
import org.sportello.model.sync.LinkState;
import org.sportello.model.sync.SyncFault;
import org.sportello.model.sync.SyncHealth;
import org.sportello.protocol.v1.IssuedDocumentMsg;
import org.sportello.protocol.v1.ProtocolEntryMsg;

/** Every documents value through its message and its bytes, and back, equal to what it was. */
class DocumentWireTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Instant AT = Instant.parse("2026-11-24T09:00:01.123456789Z");
    static final ProtocolNumber NUMBER = new ProtocolNumber("BO01", 2026, 123);
    static final String CF = "RSSMRA85T10A944" + CodiceFiscale.checkCharacter("RSSMRA85T10A944");
    static final SealPayload SEAL = new OfficeSigner("BO01", OfficeSigner.generateKeyPair())
            .seal(NUMBER, DocumentHash.sha256("content"));

    static ProtocolEntry registered() {
        return new ProtocolEntry(UUID.randomUUID(), NUMBER, ProtocolKind.CERTIFICATE_ISSUED, SubjectKind.PERSON, CF,
                "ROSSI Mario", "Certificato di stato occupazionale", DocumentHash.sha256("content"), UUID.randomUUID(),
                AT, ProtocolStatus.REGISTERED, null, null, null);
    }

    static ProtocolEntry annulled() {
        return new ProtocolEntry(UUID.randomUUID(), NUMBER, ProtocolKind.INCOMING_COMPANY_COMMUNICATION,
                SubjectKind.COMPANY, "01234567897", null, "Ricevuta", DocumentHash.sha256("x"), UUID.randomUUID(),
                AT, ProtocolStatus.ANNULLED, AT.plusSeconds(3600).plusNanos(7), UUID.randomUUID(), "issued by mistake");
    }

    static <M extends com.google.protobuf.Message> M throughBytes(M msg) {
        try {
            @SuppressWarnings("unchecked")
            M back = (M) msg.getParserForType().parseFrom(msg.toByteArray());
            return back;
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void entriesRegisteredAndAnnulledComeBackEqualToTheNanosecond() {
        for (ProtocolEntry e : List.of(registered(), annulled())) {
            ProtocolEntryMsg msg = throughBytes(DocumentWire.toMsg(e));
            assertThat(DocumentWire.entryFromMsg(msg)).isEqualTo(e);
        }
    }

    @Test
    void issuedPapersAndDuplicatesKeepEntrySealPdfAndReprint() {
        IssuedPaper paper = new IssuedPaper(registered(), SEAL, new byte[] {37, 80, 68, 70, 0, -1});
        IssuedPaper back = DocumentWire.issuedFromMsg(throughBytes(DocumentWire.toMsg(paper)));
        assertThat(back.entry()).isEqualTo(paper.entry());
        assertThat(back.seal()).isEqualTo(SEAL);
        assertThat(back.pdf()).isEqualTo(paper.pdf());

        Reprint reprint = new Reprint(UUID.randomUUID(), NUMBER, UUID.randomUUID(), AT.plusNanos(1),
                DocumentHash.sha256("copy"));
        DuplicatePaper dup = new DuplicatePaper(registered(), SEAL, reprint, new byte[] {1, 2, 3});
        IssuedDocumentMsg msg = throughBytes(DocumentWire.toMsg(dup));
        assertThat(msg.getSeal()).isEqualTo(SEAL.encode());
        DuplicatePaper dupBack = DocumentWire.duplicateFromMsg(msg);
        assertThat(dupBack.entry()).isEqualTo(dup.entry());
        assertThat(dupBack.seal()).isEqualTo(SEAL);
        assertThat(dupBack.reprint()).isEqualTo(reprint);
        assertThat(dupBack.pdf()).isEqualTo(dup.pdf());

        assertThatThrownBy(() -> DocumentWire.duplicateFromMsg(DocumentWire.toMsg(paper)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DocumentWire.issuedFromMsg(DocumentWire.toMsg(paper).toBuilder().setSeal("SPT1|x")
                .build())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void detailsOfEveryShapeComeBackEqual() {
        List<DocumentDetails> all = List.of(DocumentDetails.NONE,
                new DocumentDetails("Officine Felsinee S.r.l.", "UniLav 123", 4, List.of(), null, null, null, null),
                new DocumentDetails(null, null, 0, List.of("Carta d'identità", "Curriculum"), null, null, null, null),
                new DocumentDetails(null, null, 0, List.of(), LocalDateTime.of(2026, 12, 1, 9, 30), "Sala 2",
                        "Dott.ssa Neri", "Patto di servizio"));
        for (DocumentDetails d : all) {
            assertThat(DocumentWire.detailsFromMsg(throughBytes(DocumentWire.toMsg(d)))).isEqualTo(d);
        }
    }

    @Test
    void verdictsWithAndWithoutWhatWasFoundComeBackEqual() {
        List<Verdict> all = List.of(
                new Verdict(Outcome.NOT_A_SEAL, Optional.empty(), Optional.empty(), Optional.empty()),
                new Verdict(Outcome.OTHER_OFFICE_UNVERIFIABLE, Optional.of(new ProtocolNumber("MO02", 2026, 9)),
                        Optional.empty(), Optional.of("MO02")),
                new Verdict(Outcome.GENUINE, Optional.of(NUMBER), Optional.of(registered()), Optional.of("BO01")),
                new Verdict(Outcome.ANNULLED, Optional.of(NUMBER), Optional.of(annulled()), Optional.of("BO01")));
        for (Verdict v : all) {
            assertThat(DocumentWire.verdictFromMsg(throughBytes(DocumentWire.toMsg(v)))).isEqualTo(v);
        }
    }

    @Test
    void personFilesComeBackEqualAndAbsentStaysAbsent() {
        String omocodic = "RSSMRA85T10A94R";
        PersonFile file = new PersonFile(new Person(CodiceFiscale.of(omocodic + CodiceFiscale.checkCharacter(omocodic),
                TODAY), "Rossi", "Mario", "Bologna"), TODAY.minusYears(3),
                List.of(new AvailabilityDeclaration(TODAY.minusYears(2), TODAY.minusYears(1)),
                        new AvailabilityDeclaration(TODAY.minusMonths(7), null)),
                List.of(new JobMovement(JobMovement.Kind.HIRING, TODAY.minusYears(3), "01234567897",
                        "Officine Felsinee S.r.l.", "Tempo determinato", "Magazziniere"),
                        new JobMovement(JobMovement.Kind.TERMINATION, TODAY.minusMonths(7), "01234567897",
                                "Officine Felsinee S.r.l.", null, null)));
        Optional<PersonFile> back = DocumentWire.personFromMsg(throughBytes(DocumentWire.toMsg(Optional.of(file))), TODAY);
        assertThat(back).contains(file);
        assertThat(back.orElseThrow().codiceFiscale().code()).as("the spelling on file").isEqualTo(
                file.codiceFiscale().code());
        PersonFile unregistered = new PersonFile(new Person(CodiceFiscale.of(CF, TODAY), "Verdi", "Luca", null), null,
                List.of(), List.of());
        assertThat(DocumentWire.personFromMsg(DocumentWire.toMsg(Optional.of(unregistered)), TODAY))
                .contains(unregistered);
        assertThat(DocumentWire.personFromMsg(DocumentWire.toMsg(Optional.empty()), TODAY)).isEmpty();
    }

    @Test
    void syncHealthNeverSyncedAndFailingComeBackEqual() {
        List<SyncHealth> all = List.of(
                new SyncHealth(LinkState.NEVER_SYNCED, null, null, 0, null, null, null),
                new SyncHealth(LinkState.DOWN, AT, AT.plusSeconds(30).plusNanos(5), 1234, "connection refused",
                        SyncFault.values()[0], 0),
                new SyncHealth(LinkState.UP, AT, AT, 0, null, null, 3));
        for (SyncHealth h : all) {
            assertThat(DocumentWire.syncHealthFromMsg(throughBytes(DocumentWire.toMsg(h)))).isEqualTo(h);
        }
    }
}
