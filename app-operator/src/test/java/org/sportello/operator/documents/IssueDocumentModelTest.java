package org.sportello.operator.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.devices.printer.virtual.PrintedTicket;
import org.sportello.devices.printer.virtual.SimulatedCondition;
import org.sportello.model.documents.CodeReader;
import org.sportello.model.documents.DocumentKind;
import org.sportello.model.documents.ScannedCode;
import org.sportello.model.protocol.ProtocolNumber;
import org.sportello.model.seal.Outcome;
import org.sportello.model.setup.DemoPeople;
import org.sportello.operator.desk.DeskSession;
import org.sportello.operator.testing.DemoCitizens;
import org.sportello.operator.testing.DeskFixture;
import org.sportello.operator.testing.TestPrinters;
import org.sportello.operator.ui.Notice;

/** The document sheet's model on a real office, printers included, without a screen. */
class IssueDocumentModelTest {
    @TempDir
    Path dir;
    DeskFixture f;
    TestPrinters printers = new TestPrinters();
    AtomicReference<String> atCounter = new AtomicReference<>();
    IssueDocumentModel model;

    @BeforeEach
    void setUp() {
        f = new DeskFixture(dir);
        DemoCitizens.seed(f.office);
        DeskSession session = f.sitDown("mrossi", 1);
        model = new IssueDocumentModel(f.work, session.operator(), session.office(), f.office.clock(),
                printers.printers(Runnable::run), () -> Optional.ofNullable(atCounter.get()));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private Notice notice() {
        return model.noticeProperty().get();
    }

    private boolean archived(ProtocolNumber number) {
        return f.office.connection().archive().find(number).isPresent();
    }

    @Test
    void theCitizenAtTheCounterIsTheSubjectAndTheirFileIsDescribed() {
        atCounter.set(DemoPeople.MARIO_ROSSI);
        model.open();

        assertThat(model.subjectCodeProperty().get()).isEqualTo(DemoPeople.MARIO_ROSSI);
        assertThat(model.subjectToneProperty().get()).isEqualTo(IssueDocumentModel.Tone.GOOD);
        assertThat(model.subjectLineProperty().get()).contains("ROSSI Mario", "nato il 10/12/1985 a Bologna",
                "iscrizione dal 24/11/2023", "DID dal 24/04/2026", "4 movimenti lavorativi");
    }

    @Test
    void issuePreviewPrintOnceThenOnlyADuplicate() {
        atCounter.set(DemoPeople.MARIO_ROSSI);
        model.open();
        model.issue();

        IssueDocumentModel.Shown doc = model.shownProperty().get();
        assertThat(doc).isNotNull();
        assertThat(notice().kind()).isEqualTo(Notice.Kind.SUCCESS);
        assertThat(notice().text()).contains(doc.entry().number().format(), "archiviato");
        assertThat(doc.pages()).hasSize(1);
        assertThat(doc.pages().getFirst().getHeight()).isGreaterThan(doc.pages().getFirst().getWidth());
        assertThat(archived(doc.entry().number())).isTrue();
        // The preview is the paper: its seal reads back from the drawn page.
        assertThat(new CodeReader().read(doc.pages().getFirst())).extracting(ScannedCode::text)
                .contains(doc.seal().encode());

        model.printA4();
        assertThat(notice().kind()).isEqualTo(Notice.Kind.SUCCESS);
        assertThat(printers.a4Pages()).isEqualTo(1);
        assertThat(model.shownProperty().get().printed()).isTrue();

        model.printA4();
        assertThat(notice().text()).contains("già stato stampato", "F7");
        assertThat(printers.a4Pages()).as("an original prints once").isEqualTo(1);

        model.reprint();
        IssueDocumentModel.Shown dup = model.shownProperty().get();
        assertThat(dup.duplicate()).isTrue();
        assertThat(dup.entry().number()).isEqualTo(doc.entry().number());
        assertThat(notice().text()).contains("Duplicato", "F5");
        model.printA4();
        assertThat(notice().text()).startsWith("Duplicato di " + doc.entry().number().format() + " stampato");
        assertThat(printers.a4Pages()).isEqualTo(2);
    }

    @Test
    void noPrinterOrABrokenOneSaysSoAndTheDocumentStaysArchivedToPrintLater() {
        atCounter.set(DemoPeople.MARIO_ROSSI);
        model.open();
        model.kindProperty().set(DocumentKind.DID_ATTESTATION);
        model.issue();
        ProtocolNumber number = model.shownProperty().get().entry().number();

        printers.removeA4();
        model.printA4();
        assertThat(notice().kind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(notice().text()).startsWith("Nessuna stampante").contains(number.format(), "resta archiviato");
        assertThat(model.shownProperty().get().printed()).isFalse();

        printers.restoreA4();
        printers.breakA4();
        model.printA4();
        assertThat(notice().text()).contains("non ha stampato", "ha rifiutato il lavoro", "F5", "Dettaglio tecnico");
        assertThat(archived(number)).isTrue();

        printers.restoreA4();
        model.printA4();
        assertThat(notice().kind()).isEqualTo(Notice.Kind.SUCCESS);
        assertThat(printers.a4Pages()).isEqualTo(1);
    }

    @Test
    void theShortReceiptComesOutOfTheCounterPrinterAndItsQrIsTheDocumentsSeal() throws Exception {
        atCounter.set(DemoPeople.MARIO_ROSSI);
        model.open();
        model.languageProperty().set(Locale.ENGLISH);
        model.issue();
        IssueDocumentModel.Shown doc = model.shownProperty().get();

        printers.counter.setCondition(SimulatedCondition.PAPER_OUT);
        model.printReceipt();
        assertThat(notice().kind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(notice().text()).startsWith("Ricevuta breve non stampata").contains(doc.entry().number().format(),
                "F6");
        assertThat(printers.counter.printer().tickets()).isEmpty();

        printers.counter.setCondition(SimulatedCondition.READY);
        printers.counter.printer().tearOff(); // nothing was held back for later
        model.printReceipt();
        assertThat(notice().kind()).isEqualTo(Notice.Kind.SUCCESS);
        PrintedTicket paper = printers.counter.printer().tickets().getLast();
        assertThat(paper.text()).contains(doc.entry().number().format(), "RSS**********");
        assertThat(paper.text()).as("in the document's language").containsIgnoringCase("receipt");
        String qr = new CodeReader().read(paper.image()).stream()
                .filter(c -> c.symbology() == ScannedCode.Symbology.QR_CODE).findFirst().orElseThrow().text();
        assertThat(qr).isEqualTo(doc.seal().encode());
        assertThat(f.office.connection().scans().check(qr).outcome()).isEqualTo(Outcome.GENUINE);
    }

    @Test
    void whatCannotBeIssuedIsRefusedWithItsReasonAndNothingIsRegistered() {
        model.open();
        assertThat(model.subjectCodeProperty().get()).as("nobody at the counter").isEmpty();
        model.issue();
        assertThat(notice().text()).contains("codice fiscale della persona");

        model.subjectCodeProperty().set("RSSMRA85T10A944X");
        model.lookUpSubject();
        assertThat(model.subjectToneProperty().get()).isEqualTo(IssueDocumentModel.Tone.BAD);
        assertThat(model.subjectLineProperty().get()).contains("non è un codice fiscale valido", "carattere di controllo");
        model.issue();
        assertThat(notice().kind()).isEqualTo(Notice.Kind.ERROR);

        model.subjectCodeProperty().set(DemoPeople.LUCA_VERDI);
        model.kindProperty().set(DocumentKind.REGISTRATION_CERTIFICATE);
        model.issue();
        assertThat(notice().text()).contains("VERDI Luca", "non risulta iscritto");
        assertThat(model.subjectToneProperty().get()).as("found, but without a registration")
                .isEqualTo(IssueDocumentModel.Tone.WARN);

        model.subjectCodeProperty().set("MNTGNN70A01A944" + org.sportello.codicefiscale.CodiceFiscale.checkCharacter(
                "MNTGNN70A01A944"));
        model.issue();
        assertThat(notice().text()).contains("non ha una scheda");
        assertThat(model.shownProperty().get()).isNull();
        assertThat(f.office.connection().protocol().find(new ProtocolNumber("BO01", 2026, 1))).isEmpty();
    }

    @Test
    void aPaperIssuedEarlierIsReprintedByItsNumberAsADuplicateWithItsOwnSeal() {
        atCounter.set(DemoPeople.MARIO_ROSSI);
        model.open();
        model.issue();
        IssueDocumentModel.Shown original = model.shownProperty().get();

        model.open(); // another day, another citizen: the sheet starts empty
        atCounter.set(null);
        model.open();
        model.reprint();
        assertThat(notice().text()).contains("numero di protocollo", "F7");

        model.subjectCodeProperty().set(original.entry().number().format());
        model.lookUpSubject();
        assertThat(model.subjectLineProperty().get()).contains("F7");
        model.reprint();

        IssueDocumentModel.Shown dup = model.shownProperty().get();
        assertThat(dup.duplicate()).isTrue();
        assertThat(dup.entry().number()).isEqualTo(original.entry().number());
        assertThat(dup.seal().encode()).isEqualTo(original.seal().encode());
        model.printReceipt();
        assertThat(notice().kind()).isEqualTo(Notice.Kind.SUCCESS);
        model.printA4();
        assertThat(printers.a4Pages()).isEqualTo(1);
    }

    @Test
    void anEnglishDeskSpeaksEnglishFromTheFileToTheRefusals() {
        f.messages.localeProperty().set(Locale.ENGLISH);
        atCounter.set(DemoPeople.GIULIA_BIANCHI);
        model.open();
        assertThat(model.subjectLineProperty().get()).contains("BIANCHI Giulia", "born on 12/08/1992 in Bologna",
                "registered since", "no DID in force", "2 job movements");

        model.kindProperty().set(DocumentKind.DID_ATTESTATION);
        assertThat(model.subjectToneProperty().get()).isEqualTo(IssueDocumentModel.Tone.WARN);
        model.issue();
        assertThat(notice().text()).contains("no declaration of immediate availability");

        model.subjectCodeProperty().set("BNCGLI92M52A944Z");
        model.lookUpSubject();
        assertThat(model.subjectLineProperty().get()).isEqualTo(
                "\"BNCGLI92M52A944Z\" is not a valid codice fiscale: the check character (16th) does not match: mistyped code");
    }

    @Test
    void aCompanysStampedCopyGoesThroughTheCommunicationIntakeAndItsCompletenessCheck() {
        java.util.concurrent.atomic.AtomicReference<String> intake = new java.util.concurrent.atomic.AtomicReference<>();
        model.onStampedCopy(intake::set);
        model.open();
        model.kindProperty().set(DocumentKind.STAMPED_RECEIPT);
        model.subjectCodeProperty().set(DemoPeople.FELSINEE_VAT);
        model.lookUpSubject();
        assertThat(model.companyNameProperty().get()).isEqualTo(DemoPeople.FELSINEE);

        model.issue();

        // Nothing stamped here: the company's code goes to the intake, which checks before it stamps.
        assertThat(intake.get()).isEqualTo(DemoPeople.FELSINEE_VAT);
        assertThat(model.shownProperty().get()).isNull();
        assertThat(notice().text()).contains("Maiusc+F12", "completezza");
    }

    @Test
    void theIntakeRefusesToStampAnIncompleteCommunicationAndStampsAComplete() {
        var s = f.sitDown("lbianchi", 2);
        var intake = new org.sportello.operator.communication.CommunicationModel(f.work, s.operator(),
                s.office().zone(), f.office.clock(), DeskPrinters.defaults());
        intake.open();
        intake.employerCodeProperty().set(DemoPeople.FELSINEE_VAT);
        intake.workerCodeProperty().set(DemoPeople.GIULIA_BIANCHI);
        intake.record();
        assertThat(intake.recordedProperty().get()).as("nothing stamped while fields are missing").isNull();
        assertThat(intake.missingProperty().get()).isNotEmpty();
        assertThat(intake.checkLineProperty().get()).startsWith("Mancano");
    }
}
