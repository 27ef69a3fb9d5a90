package org.sportello.server.vacancies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sportello.server.vacancies.VacancyFixture.ANNA;
import static org.sportello.server.vacancies.VacancyFixture.LUCA;
import static org.sportello.server.vacancies.VacancyFixture.MARIO;
import static org.sportello.server.vacancies.VacancyFixture.NODID;
import static org.sportello.server.vacancies.VacancyFixture.TODAY;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.documents.IssuedPaper;
import org.sportello.model.offers.FitReason;
import org.sportello.model.offers.JobOffer;
import org.sportello.model.offers.OfferSource;
import org.sportello.model.vacancies.Candidate;
import org.sportello.model.vacancies.Contact;
import org.sportello.model.vacancies.ContactOutcome;
import org.sportello.model.vacancies.Vacancy;
import org.sportello.model.vacancies.VacancyField;
import org.sportello.server.testing.TestOffice;

/** Vacancies on a real office database: record, publish, rank, contacts, shortlist, close. */
class OfficeVacanciesTest {
    @TempDir
    Path dir;
    TestOffice office;
    MemoryCatalogue catalogue;
    OfficeVacancies vacancies;
    OperatorSession mrossi;

    @BeforeEach
    void open() {
        office = TestOffice.embedded(dir);
        catalogue = new MemoryCatalogue();
        var c = office.connection();
        vacancies = new OfficeVacancies(c.database().dataSource(), catalogue, VacancyFixture.PLACES, c.documents(),
                c.directory().office().zone(), office.clock());
        mrossi = office.login("mrossi");
        VacancyFixture.citizens(office, mrossi);
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void aRecordedVacancyIsCheckedLocatedAndPublishedWithoutTheEmployerUnlessAgreed() {
        Vacancy v = vacancies.save(mrossi, VacancyFixture.warehouse());
        assertThat(v.id()).isNotNull();
        assertThat(v.version()).isEqualTo(1);
        assertThat(v.employerCode()).isEqualTo("01234567897");
        assertThat(v.workplace().located()).isTrue();
        assertThat(v.reference()).matches("V-[0-9A-F]{8}");
        JobOffer offer = catalogue.offers.get(Vacancy.offerId(v.id()));
        assertThat(offer.source()).isEqualTo(OfferSource.THIS_OFFICE);
        assertThat(offer.employer()).isNull();
        assertThat(offer.howToApply()).isNull();
        assertThat(offer.isco()).isEqualTo("432");
        assertThat(offer.workplace().lat()).isEqualTo(44.4949);

        Vacancy agreed = vacancies.save(mrossi, new Vacancy(v.id(), v.employerCode(), v.employerName(),
                v.employerContact(), true, v.title(), v.description(), v.isco(), v.workplace(), v.contract(), v.hours(),
                v.positions(), v.requirements(), v.publishOn(), v.expiresOn(), v.status(), null, v.version()));
        assertThat(agreed.version()).isEqualTo(2);
        assertThat(catalogue.offers.get(Vacancy.offerId(v.id())).employer()).isEqualTo("Officine Felsinee S.r.l.");
        assertThat(catalogue.offers.get(Vacancy.offerId(v.id())).howToApply()).isEqualTo("selezione@felsinee.example");
        assertThat(vacancies.list(mrossi, false)).extracting(Vacancy::id).containsExactly(v.id());
    }

    @Test
    void anIncompleteVacancyOrABadPartitaIvaIsRefusedAndNothingPublished() {
        Vacancy bad = new Vacancy(null, "01234567890", null, null, false, null, null, "999",
                new org.sportello.model.offers.Workplace("", null, null, null), null, null, 0, null, TODAY,
                TODAY.minusDays(1), Vacancy.Status.OPEN, null, 0);
        assertThat(vacancies.check(mrossi, bad)).containsExactly(VacancyField.values());
        assertThatThrownBy(() -> vacancies.save(mrossi, bad)).isInstanceOfSatisfying(SportelloException.class,
                e -> {
                    assertThat(e.problem()).isEqualTo(Problem.VACANCY_INCOMPLETE);
                    assertThat(e.getMessage()).contains("EMPLOYER_CODE", "OCCUPATION", "DATES");
                });
        assertThat(catalogue.offers).isEmpty();
        assertThat(vacancies.list(mrossi, true)).isEmpty();
    }

    @Test
    void aCatalogueThatFailsLeavesTheVacancyUnrecorded() {
        catalogue.failNextPut = true;
        assertThatThrownBy(() -> vacancies.save(mrossi, VacancyFixture.warehouse()))
                .hasMessageContaining("the catalogue refused");
        assertThat(vacancies.list(mrossi, true)).isEmpty();
    }

    @Test
    void aStaleEditIsRefusedNotOverwritten() {
        Vacancy v = vacancies.save(mrossi, VacancyFixture.warehouse());
        vacancies.save(mrossi, v);
        assertThatThrownBy(() -> vacancies.save(mrossi, v)).isInstanceOfSatisfying(SportelloException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.VACANCY_CHANGED));
    }

    @Test
    void candidatesAreTheOfficesCitizensWithADidRankedAndExplained() {
        Vacancy v = vacancies.save(mrossi, VacancyFixture.warehouse());
        List<Candidate> ranked = vacancies.candidates(mrossi, v.id(), 10);
        assertThat(ranked).extracting(Candidate::codiceFiscale).containsExactly(MARIO, ANNA, LUCA)
                .doesNotContain(NODID);
        Candidate mario = ranked.getFirst();
        assertThat(mario.name()).isEqualTo("ROSSI Mario");
        assertThat(mario.fit().score()).isEqualTo(100);
        assertThat(mario.fit().missing()).isEmpty();
        assertThat(mario.fit().reasons()).extracting(FitReason::aspect).contains(FitReason.Aspect.DISTANCE);
        Candidate anna = ranked.get(1);
        assertThat(anna.fit().missing()).extracting(FitReason::aspect).contains(FitReason.Aspect.OCCUPATION,
                FitReason.Aspect.EDUCATION, FitReason.Aspect.LICENCE, FitReason.Aspect.LANGUAGE);
        assertThat(anna.fit().matches()).extracting(FitReason::args).contains(List.of("muletto"));
        assertThat(vacancies.candidates(mrossi, v.id(), 1)).hasSize(1);
    }

    @Test
    void contactsAreLoggedAndOnlyThoseWhoAgreedGoOnTheShortlist() throws IOException {
        Vacancy v = vacancies.save(mrossi, VacancyFixture.warehouse());
        vacancies.logContact(mrossi, v.id(), MARIO, ContactOutcome.INTERESTED, true, "Disponibile da subito");
        vacancies.logContact(mrossi, v.id(), ANNA, ContactOutcome.NO_ANSWER, false, null);
        vacancies.logContact(mrossi, v.id(), ANNA, ContactOutcome.INTERESTED, false, "Richiamata");
        vacancies.logContact(mrossi, v.id(), LUCA, ContactOutcome.NOT_INTERESTED, false, null);
        List<Contact> log = vacancies.contacts(mrossi, v.id());
        assertThat(log).extracting(Contact::codiceFiscale, Contact::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MARIO, ContactOutcome.INTERESTED),
                org.assertj.core.groups.Tuple.tuple(ANNA, ContactOutcome.NO_ANSWER),
                org.assertj.core.groups.Tuple.tuple(ANNA, ContactOutcome.INTERESTED),
                org.assertj.core.groups.Tuple.tuple(LUCA, ContactOutcome.NOT_INTERESTED));
        assertThat(log.getFirst().operator()).isEqualTo("mrossi");
        assertThat(vacancies.candidates(mrossi, v.id(), 10)).extracting(Candidate::lastOutcome)
                .containsExactly(ContactOutcome.INTERESTED, ContactOutcome.INTERESTED, ContactOutcome.NOT_INTERESTED);

        assertThatThrownBy(() -> vacancies.shortlist(mrossi, v.id(), List.of(MARIO, LUCA), Locale.ITALIAN))
                .isInstanceOfSatisfying(SportelloException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.SHORTLIST_NOT_AGREED);
                    assertThat(e.getMessage()).contains("VERDI Luca");
                });

        IssuedPaper paper = vacancies.shortlist(mrossi, v.id(), List.of(MARIO, ANNA), Locale.ITALIAN);
        assertThat(paper.entry().number().format()).isNotBlank();
        String text = pdfText(paper.pdf());
        assertThat(text).contains("Rosa di candidati", "Officine Felsinee S.r.l.", "01234567897", v.reference(),
                "ROSSI Mario", "+39 051 111111", "mario.rossi@example.org", "BIANCHI Anna", "tramite l'ufficio",
                "patente C", "muletto");
        // Only what the company needs: no codice fiscale, no phone of who did not agree, no address.
        assertThat(text).doesNotContain(MARIO, ANNA, "+39 0542 222222", "anna.bianchi@example.org", "Via Roma",
                "VERDI");
        assertThat(office.connection().archive().find(paper.entry().number())).isPresent();
        assertThat(vacancies.contacts(mrossi, v.id())).filteredOn(k -> k.outcome() == ContactOutcome.PROPOSED)
                .extracting(Contact::codiceFiscale).containsExactly(MARIO, ANNA);
        png(paper.pdf(), "vacancy-shortlist-it.png");
    }

    @Test
    void closingWithdrawsFromTheCatalogueAndFreezesTheVacancy() {
        Vacancy v = vacancies.save(mrossi, VacancyFixture.warehouse());
        Vacancy closed = vacancies.close(mrossi, v.id(), Vacancy.Outcome.FILLED);
        assertThat(closed.status()).isEqualTo(Vacancy.Status.CLOSED);
        assertThat(closed.outcome()).isEqualTo(Vacancy.Outcome.FILLED);
        assertThat(catalogue.offers).isEmpty();
        assertThat(catalogue.withdrawn).containsExactly(Vacancy.offerId(v.id()));
        assertThat(vacancies.list(mrossi, false)).isEmpty();
        assertThat(vacancies.list(mrossi, true)).extracting(Vacancy::status).containsExactly(Vacancy.Status.CLOSED);
        for (Runnable r : List.<Runnable>of(() -> vacancies.candidates(mrossi, v.id(), 5),
                () -> vacancies.logContact(mrossi, v.id(), MARIO, ContactOutcome.INTERESTED, false, null),
                () -> vacancies.close(mrossi, v.id(), Vacancy.Outcome.WITHDRAWN), () -> vacancies.save(mrossi, closed))) {
            assertThatThrownBy(r::run).isInstanceOfSatisfying(SportelloException.class,
                    e -> assertThat(e.problem()).isEqualTo(Problem.VACANCY_CLOSED));
        }
        assertThat(vacancies.republish()).isZero();
    }

    @Test
    void republishingPutsEveryOpenVacancyBack() {
        Vacancy a = vacancies.save(mrossi, VacancyFixture.warehouse());
        vacancies.save(mrossi, VacancyFixture.warehouse());
        catalogue.offers.clear();
        assertThat(vacancies.republish()).isEqualTo(2);
        assertThat(catalogue.offers).containsKey(Vacancy.offerId(a.id())).hasSize(2);
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    static void png(byte[] pdf, String name) throws IOException {
        Path out = Path.of("target", "screenshots", name);
        Files.createDirectories(out.getParent());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 100);
            ImageIO.write(page, "png", out.toFile());
        }
        assertThat(Files.size(out)).isGreaterThan(10_000);
    }
}
