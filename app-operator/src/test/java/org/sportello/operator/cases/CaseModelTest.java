package org.sportello.operator.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.cases.DidChannel;
import org.sportello.model.cases.MeasureKind;
import org.sportello.model.cases.Party;
import org.sportello.model.setup.DemoPeople;
import org.sportello.operator.desk.DeskSession;
import org.sportello.operator.testing.DemoCitizens;
import org.sportello.operator.testing.DeskFixture;
import org.sportello.operator.ui.Notice;

/**
 * The case sheet's model on a real office with the demo's citizens: the status as derived (never
 * "disoccupato" without a DID), DID recorded and withdrawn with its history, taking charge, measures added
 * and marked, the plan's deadlines, and the refusals an operator meets.
 */
class CaseModelTest {
    @TempDir
    Path dir;
    DeskFixture f;
    final AtomicReference<String> atCounter = new AtomicReference<>();

    @BeforeEach
    void setUp() {
        f = new DeskFixture(dir);
        DemoCitizens.seedWithCases(f.office);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private CaseModel model(String login, int counter) {
        DeskSession s = f.sitDown(login, counter);
        return new CaseModel(f.work, s.operator(), s.office().zone(), f.office.clock(),
                () -> Optional.ofNullable(atCounter.get()));
    }

    @Test
    void aSupervisorDismissesAnAppointmentAMovedDossierBroughtWithAReasonAndItStaysInTheFile() throws Exception {
        java.util.UUID moved = f.office.movedInAppointment(DemoPeople.SARA_ESPOSITO,
                java.time.OffsetDateTime.parse("2026-11-27T09:00:00+01:00"));
        atCounter.set(DemoPeople.SARA_ESPOSITO);
        CaseModel operator = model("mrossi", 1);
        operator.open();
        assertThat(operator.supervisor()).isFalse();
        CaseModel m = model("gverdi", 2);
        m.open();
        assertThat(m.toRebook()).singleElement().satisfies(a -> assertThat(a.id()).isEqualTo(moved));
        assertThat(m.appointments()).singleElement().asString().endsWith("da riprenotare");

        m.dismiss(m.toRebook().getFirst());
        assertThat(m.noticeProperty().get().text()).startsWith("Scrivere perché");
        assertThat(m.toRebook()).hasSize(1);

        m.dismissReasonProperty().set("Ha trovato lavoro");
        m.dismiss(m.toRebook().getFirst());
        assertThat(m.noticeProperty().get().kind()).isEqualTo(Notice.Kind.SUCCESS);
        assertThat(m.noticeProperty().get().text()).isEqualTo(
                "Archiviato l'appuntamento del 27/11/2026 alle 09:00 con Franca Neri: resta nel fascicolo con il motivo.");
        assertThat(m.toRebook()).isEmpty();
        assertThat(m.dismissReasonProperty().get()).isEmpty();
        assertThat(m.appointments()).as("still in the file, with who dismissed it and why").singleElement().asString()
                .endsWith("annullato — archiviato da gverdi il 24/11/2026: Ha trovato lavoro");
        var kept = f.office.connection().agenda().toRebook(f.office.login("gverdi"));
        assertThat(kept).as("gone from the office's list").isEmpty();
    }

    @Test
    void withoutADidTheDeskSaysWhatIsMissingAndNeverUnemployed() {
        atCounter.set(DemoPeople.SARA_ESPOSITO);
        CaseModel m = model("mrossi", 1);
        m.open();

        assertThat(m.headerProperty().get()).contains("ESPOSITO Sara", DemoPeople.SARA_ESPOSITO, "24/11/2026");
        assertThat(m.statusProperty().get()).contains("Nessuna DID", "serve una DID").doesNotContain("disoccup");
        assertThat(m.statusToneProperty().get()).isEqualTo(CaseModel.Tone.WARN);
        assertThat(m.didProperty().get()).isEqualTo("Nessuna DID in corso di validità.");
        assertThat(m.didHistory()).isEmpty();
        assertThat(m.talksProperty().get()).contains("solo nello stato di disoccupazione");
    }

    @Test
    void aDidRecordedMakesTheStatusThenItsWithdrawalStaysInTheHistory() {
        atCounter.set(DemoPeople.SARA_ESPOSITO);
        CaseModel m = model("mrossi", 1);
        m.open();

        m.didOnProperty().set("20/11/2026");
        m.didChannelProperty().set(DidChannel.ONLINE);
        m.declareDid();
        assertThat(m.noticeProperty().get().kind()).isEqualTo(Notice.Kind.SUCCESS);
        assertThat(m.noticeProperty().get().text()).isEqualTo("DID del 20/11/2026 registrata (online).");
        assertThat(m.statusProperty().get()).startsWith("Stato occupazionale: disoccupato dal 20/11/2026");
        assertThat(m.statusToneProperty().get()).isEqualTo(CaseModel.Tone.GOOD);
        assertThat(m.didHistory()).containsExactly("dal 20/11/2026 · online · in corso");
        // The plan runs from the DID: 6 talks in 26 weeks; Sara (born 1995) is 31, so 6 months for the offer.
        assertThat(m.talksProperty().get()).isEqualTo("Colloqui: 0 su 6 entro il 21/05/2027.");
        assertThat(m.firstOfferProperty().get()).contains("20/05/2027");

        m.didOnProperty().set("");
        m.withdrawDid();
        assertThat(m.noticeProperty().get().text()).contains("revocata il 24/11/2026");
        assertThat(m.statusProperty().get()).contains("Nessuna DID").doesNotContain("disoccup");
        assertThat(m.didHistory()).containsExactly("dal 20/11/2026 · online · revocata il 24/11/2026");
    }

    @Test
    void aSecondDidWhileOneIsInForceIsRefusedInTheOfficesWords() {
        atCounter.set(DemoPeople.PAOLO_CONTI);
        CaseModel m = model("mrossi", 1);
        m.open();
        assertThat(m.statusProperty().get()).contains("disoccupato dal 14/11/2026");

        m.declareDid();

        assertThat(m.noticeProperty().get().kind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(m.didHistory()).hasSize(1);
    }

    @Test
    void theSeededCaseShowsItsManagerPactMeasuresAndWhatIsOverdue() {
        CaseModel m = model("mrossi", 1);
        m.searchProperty().set(DemoPeople.MARIO_ROSSI.toLowerCase(java.util.Locale.ROOT));
        m.find();

        assertThat(m.managerProperty().get()).startsWith("Responsabile del caso: Maria Rossi (mrossi)");
        assertThat(m.pactProperty().get()).startsWith("Patto di servizio: protocollo BO01-2026-");
        assertThat(m.measures()).hasSize(4);
        assertThat(m.measures().getFirst().done()).isTrue();
        assertThat(m.measures().getFirst().text()).startsWith("\u2713 ").contains("Colloquio di orientamento");
        assertThat(m.measures()).filteredOn(MeasureRow::overdue).singleElement()
                .satisfies(r -> assertThat(r.text()).contains("14/11/2026", "Colloquio di monitoraggio"));
        assertThat(m.overdue()).contains("14/11/2026 · Colloquio di monitoraggio (scaduta)");
        assertThat(m.upcoming()).anyMatch(l -> l.contains("29/11/2026 · Laboratorio"));
    }

    @Test
    void takingChargeAddingAMeasureAndMarkingItDone() {
        atCounter.set(DemoPeople.PAOLO_CONTI);
        CaseModel m = model("lbianchi", 2);
        m.open();
        assertThat(m.managerProperty().get()).isEqualTo("Nessun responsabile del caso.");
        assertThat(m.supervisor()).isFalse();

        m.assign();
        assertThat(m.managerProperty().get()).startsWith("Responsabile del caso: Luca Bianchi (lbianchi)")
                .contains("24/11/2026");

        m.measureKindProperty().set(MeasureKind.ORIENTATION_INTERVIEW);
        m.measureWhoProperty().set(Party.CASE_MANAGER);
        m.measureWhatProperty().set("Primo colloquio");
        m.addMeasure();
        assertThat(m.noticeProperty().get().text()).isEqualTo("Indicare la data della misura.");
        m.measureOnProperty().set("31/11/2026");
        m.addMeasure();
        assertThat(m.noticeProperty().get().text()).contains("Data", "31/11/2026", "non è una data");
        assertThat(m.measures()).isEmpty();

        m.measureOnProperty().set("24/11/2026");
        m.addMeasure();
        assertThat(m.noticeProperty().get().text()).isEqualTo("Misura aggiunta: Colloquio di orientamento il 24/11/2026.");
        assertThat(m.measureWhatProperty().get()).isEmpty();
        assertThat(m.measures()).singleElement().satisfies(r -> assertThat(r.done()).isFalse());

        m.toggle(m.measures().getFirst());
        assertThat(m.measures().getFirst().done()).isTrue();
        assertThat(m.talksProperty().get()).startsWith("Colloqui: 1 su 6");
        m.toggle(m.measures().getFirst());
        assertThat(m.measures().getFirst().done()).isFalse();
        assertThat(m.noticeProperty().get().text()).isEqualTo("Misura segnata come da fare.");
    }

    @Test
    void onlyASupervisorGivesACaseToSomeoneElse() {
        atCounter.set(DemoPeople.PAOLO_CONTI);
        CaseModel operator = model("lbianchi", 2);
        operator.open();
        operator.assignToProperty().set("mrossi");
        operator.assign();
        assertThat(operator.noticeProperty().get().kind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(operator.managerProperty().get()).isEqualTo("Nessun responsabile del caso.");

        CaseModel supervisor = model("gverdi", 3);
        assertThat(supervisor.supervisor()).isTrue();
        supervisor.open();
        supervisor.assignToProperty().set("mrossi");
        supervisor.assign();
        assertThat(supervisor.noticeProperty().get().text()).isEqualTo("Caso affidato a Maria Rossi.");
        assertThat(supervisor.managerProperty().get()).contains("(mrossi)");
    }

    @Test
    void aMistypedCodeIsRefusedByNameAndNothingIsAskedOfTheOffice() {
        CaseModel m = model("mrossi", 1);
        String code = DemoPeople.MARIO_ROSSI;
        m.searchProperty().set(code.substring(0, 15) + (code.charAt(15) == 'A' ? 'B' : 'A'));
        m.find();
        assertThat(m.noticeProperty().get().kind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(m.noticeProperty().get().text()).contains("carattere di controllo");
        assertThat(m.viewProperty().get()).isNull();

        m.declareDid();
        assertThat(m.noticeProperty().get().text()).isEqualTo("Scrivere il codice fiscale del cittadino e premere Invio.");
    }
}
