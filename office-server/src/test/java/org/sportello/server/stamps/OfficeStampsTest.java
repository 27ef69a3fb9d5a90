package org.sportello.server.stamps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.documents.DocumentDetails;
import org.sportello.model.documents.DocumentKind;
import org.sportello.model.documents.IssuedPaper;
import org.sportello.model.protocol.ProtocolEntry;
import org.sportello.model.protocol.ProtocolKind;
import org.sportello.model.protocol.Subject;
import org.sportello.model.seal.Verdict;
import org.sportello.model.stamps.Stamp;
import org.sportello.model.stamps.StampReceipt;
import org.sportello.model.stamps.StampRequest;
import org.sportello.server.dossier.OfficeDossiers;
import org.sportello.server.privacy.TicketRetention;
import org.sportello.server.testing.TestOffice;

/** The stamping rules on a real office database: once a day, known citizens only, valid cards only, in the file. */
class OfficeStampsTest {
    static final LocalDate TODAY = TestOffice.TUESDAY_MORNING.toLocalDate();
    static final CodiceFiscale ANNA = code("NREANN85T50A944");
    static final CodiceFiscale STRANGER = code("BNCLGU70A01F205");

    @TempDir
    Path dir;
    TestOffice office;
    OfficeStamps stamps;

    static CodiceFiscale code(String first15) {
        return CodiceFiscale.of(first15 + CodiceFiscale.checkCharacter(first15), TODAY);
    }

    @BeforeEach
    void start() {
        office = TestOffice.embedded(dir);
        new OfficeDossiers(office.connection().database().dataSource(), office.clock())
                .register(ANNA, "Neri", "Anna", "Bologna", TODAY.minusYears(1));
        stamps = office.connection().stamps();
    }

    @AfterEach
    void stop() {
        office.close();
    }

    @Test
    void aCitizenStampsOnceADayAndASecondTapAnswersTheFirstNumber() {
        StampReceipt first = stamps.stamp(new StampRequest(ANNA.code(), TODAY.plusYears(2)), "ingresso-1");
        office.clock().advance(Duration.ofMinutes(40));
        StampReceipt again = stamps.stamp(new StampRequest(ANNA.code().toLowerCase(Locale.ROOT), null), "ingresso-2");
        office.clock().advance(Duration.ofDays(1));
        StampReceipt tomorrow = stamps.stamp(new StampRequest(ANNA.code(), null), "ingresso-1");

        assertThat(first.repeated()).isFalse();
        assertThat(first.stamp().station()).isEqualTo("ingresso-1");
        assertThat(first.officeName()).isEqualTo(office.connection().directory().office().name());
        assertThat(again.repeated()).isTrue();
        assertThat(again.stamp().number()).isEqualTo(first.stamp().number());
        assertThat(again.stamp().at()).isEqualTo(first.stamp().at());
        assertThat(again.seal().encode()).isEqualTo(first.seal().encode());
        assertThat(tomorrow.repeated()).isFalse();
        assertThat(tomorrow.stamp().number().sequence()).isEqualTo(first.stamp().number().sequence() + 1);
        assertThat(rows("SELECT COUNT(*) FROM attendance_stamp")).isEqualTo(2);
        assertThat(rows("SELECT COUNT(*) FROM protocol_entry")).isEqualTo(2);
    }

    @Test
    void theStampIsARegisterEntryOfTheKioskAndItsQrChecksAsGenuine() {
        StampReceipt r = stamps.stamp(new StampRequest(ANNA.code(), null), "ingresso-1");

        ProtocolEntry entry = office.connection().protocol().find(r.stamp().number()).orElseThrow();
        assertThat(entry.kind()).isEqualTo(ProtocolKind.ATTENDANCE_STAMPING);
        assertThat(entry.operatorId()).isNull();
        assertThat(entry.subjectCode()).isEqualTo(ANNA.canonical());
        assertThat(entry.title()).isEqualTo("Timbratura del cartellino");
        assertThat(text("SELECT station FROM protocol_entry")).isEqualTo("ingresso-1");
        Verdict verdict = office.connection().seals().verify(r.seal().encode());
        assertThat(verdict.outcome()).isEqualTo(org.sportello.model.seal.Outcome.GENUINE);
        assertThat(verdict.number()).contains(r.stamp().number());
    }

    @Test
    void anUnknownCitizenAnInvalidCodeAndAnExpiredCardAreRefusedAndNothingIsWritten() {
        assertProblem(() -> stamps.stamp(new StampRequest(STRANGER.code(), null), "ingresso-1"),
                Problem.STAMP_CITIZEN_UNKNOWN);
        assertProblem(() -> stamps.stamp(new StampRequest("NREANN85T50A944X", null), "ingresso-1"),
                Problem.INVALID_TAX_CODE);
        assertProblem(() -> stamps.stamp(new StampRequest("", null), "ingresso-1"), Problem.INVALID_TAX_CODE);
        assertThatThrownBy(() -> stamps.stamp(new StampRequest(ANNA.code(), TODAY.minusDays(1)), "ingresso-1"))
                .isInstanceOfSatisfying(SportelloException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.STAMP_CARD_EXPIRED);
                    assertThat(e.localizedMessage(Locale.ITALIAN)).contains("scaduta il " + TODAY.minusDays(1));
                    assertThat(e.localizedMessage(Locale.ENGLISH)).contains("expired on");
                });
        assertThat(rows("SELECT COUNT(*) FROM attendance_stamp")).isZero();
        assertThat(rows("SELECT COUNT(*) FROM protocol_entry")).isZero();

        // A card that expires today is still valid today.
        assertThat(stamps.stamp(new StampRequest(ANNA.code(), TODAY), "ingresso-1").repeated()).isFalse();
    }

    @Test
    void anOfficeThatDoesNotOfferStampingRefusesIt() throws Exception {
        execute("UPDATE office SET stamping_offered = FALSE");

        assertThat(stamps.offered()).isFalse();
        assertProblem(() -> stamps.stamp(new StampRequest(ANNA.code(), null), "ingresso-1"),
                Problem.STAMPING_NOT_OFFERED);
        assertThat(new SportelloException(Problem.STAMPING_NOT_OFFERED).localizedMessage(Locale.ITALIAN))
                .contains("non si timbra il cartellino");
    }

    @Test
    void aDossierThatMovedToAnotherOfficeIsNotThisOfficesCitizen() throws Exception {
        execute("UPDATE dossier_sync SET state = 'MOVED', owner_code = 'MO01'");

        assertProblem(() -> stamps.stamp(new StampRequest(ANNA.code(), null), "ingresso-1"),
                Problem.STAMP_CITIZEN_UNKNOWN);
    }

    @Test
    void twentyKiosksStampingTheSameCardAtOnceMakeOneStamp() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<StampReceipt>> taps = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String station = "ingresso-" + (i % 4);
                taps.add(() -> stamps.stamp(new StampRequest(ANNA.code(), null), station));
            }
            Set<String> numbers = new HashSet<>();
            int firsts = 0;
            for (Future<StampReceipt> f : pool.invokeAll(taps)) {
                numbers.add(f.get().stamp().number().format());
                firsts += f.get().repeated() ? 0 : 1;
            }
            assertThat(numbers).hasSize(1);
            assertThat(firsts).isEqualTo(1);
            assertThat(rows("SELECT COUNT(*) FROM attendance_stamp")).isEqualTo(1);
            assertThat(rows("SELECT COUNT(*) FROM protocol_entry")).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theStampsAreInTheCaseAndOnlyOperatorsReadThem() {
        StampReceipt monday = stamps.stamp(new StampRequest(ANNA.code(), null), "ingresso-1");
        office.clock().advance(Duration.ofDays(7));
        StampReceipt nextWeek = stamps.stamp(new StampRequest(ANNA.code(), null), "ingresso-2");
        OperatorSession desk = office.login("mrossi");

        List<Stamp> listed = stamps.of(desk, ANNA);
        var view = office.connection().cases().view(desk, ANNA);

        assertThat(listed).extracting(Stamp::number).containsExactly(nextWeek.stamp().number(),
                monday.stamp().number());
        assertThat(view.stamps()).isEqualTo(listed);
        assertProblem(() -> stamps.of(desk, STRANGER), Problem.PERSON_UNKNOWN);
    }

    @Test
    void stampsStayWithTheFileWhenTheTicketRetentionRuns() throws Exception {
        stamps.stamp(new StampRequest(ANNA.code(), null), "ingresso-1");
        office.clock().advance(Duration.ofDays(400));

        TicketRetention.runNow(office.connection(), office.clock());

        assertThat(rows("SELECT COUNT(*) FROM attendance_stamp")).isEqualTo(1);
        assertThat(stamps.of(office.login("mrossi"), ANNA)).hasSize(1);
    }

    @Test
    void theAttendanceCertificateListsTheStampsAndIsARealPdf() throws Exception {
        OperatorSession desk = office.login("mrossi");
        assertProblem(() -> office.connection().documentService().issue(desk, DocumentKind.ATTENDANCE_CERTIFICATE,
                new Subject.Person(ANNA), DocumentDetails.NONE, Locale.ITALIAN), Problem.NO_STAMPS);
        List<String> numbers = new ArrayList<>();
        for (int week = 0; week < 3; week++) {
            numbers.add(stamps.stamp(new StampRequest(ANNA.code(), null), "ingresso-1").stamp().number().format());
            office.clock().advance(Duration.ofDays(7).plusMinutes(13));
        }

        IssuedPaper paper = office.connection().documentService().issue(desk, DocumentKind.ATTENDANCE_CERTIFICATE,
                new Subject.Person(ANNA), DocumentDetails.NONE, Locale.ITALIAN);

        assertThat(paper.entry().kind()).isEqualTo(ProtocolKind.CERTIFICATE_ISSUED);
        assertThat(paper.entry().operatorId()).isEqualTo(desk.operatorId());
        try (PDDocument pdf = Loader.loadPDF(paper.pdf())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Certificato delle timbrature del cartellino", "Anna", ANNA.code(), "ha timbrato il cartellino presso questo ufficio 3 volte",
                    paper.entry().number().format());
            for (String n : numbers) {
                assertThat(text).contains(n);
            }
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 100);
            Path shots = Path.of("target", "screenshots");
            Files.createDirectories(shots);
            ImageIO.write(page, "png", shots.resolve("attendance-certificate.png").toFile());
        }
        assertThat(office.connection().seals().verify(paper.seal().encode()).outcome())
                .isEqualTo(org.sportello.model.seal.Outcome.GENUINE);
    }

    private static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Problem problem) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SportelloException.class,
                e -> assertThat(e.problem()).isEqualTo(problem));
    }

    private long rows(String sql) {
        try (Connection c = office.connection().database().dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String text(String sql) {
        try (Connection c = office.connection().database().dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection c = office.connection().database().dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.executeUpdate();
        }
    }
}
