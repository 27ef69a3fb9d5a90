package org.sportello.server.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.agenda.Appointment;
import org.sportello.model.agenda.AppointmentKind;
import org.sportello.model.common.Problem;
import org.sportello.model.documents.CodeReader;
import org.sportello.model.documents.IssuedPaper;
import org.sportello.model.documents.ScannedCode;
import org.sportello.model.seal.Outcome;
import org.sportello.server.dossier.OfficeDossiers;
import org.sportello.server.testing.TestOffice;

/** The appointment letter, issued and sealed on the server, read back from its PDF; its seal is the check-in code. */
class AppointmentLetterTest {
    static final LocalDate TODAY = TestOffice.TUESDAY_MORNING.toLocalDate();
    static final CodiceFiscale ANNA = OfficeAgendaTest.ANNA;

    @TempDir
    Path dir;

    @Test
    void theLetterSaysWhenWhereWithWhomAndWhatToBringAndItsCodeIsTheOfficesSeal() throws Exception {
        try (TestOffice office = TestOffice.embedded(dir)) {
            new OfficeDossiers(office.connection().database().dataSource(), office.clock())
                    .register(ANNA, "Neri", "Anna", "Bologna", TODAY.minusYears(1));
            OfficeAgenda agenda = office.connection().agenda();
            var mrossi = office.login("mrossi");
            Appointment a = agenda.book(mrossi, ANNA, "mrossi", AppointmentKind.CASE_MANAGER_TALK,
                    LocalDateTime.of(2026, 11, 26, 9, 0), "Curriculum vitae; ultima busta paga");

            IssuedPaper paper = agenda.letter(mrossi, a.id(), Locale.ITALIAN);

            String text;
            BufferedImage page;
            try (PDDocument pdf = Loader.loadPDF(paper.pdf())) {
                text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                page = new PDFRenderer(pdf).renderImageWithDPI(0, 110, ImageType.RGB);
            }
            Path shots = Files.createDirectories(Path.of("target", "screenshots"));
            ImageIO.write(page, "png", shots.resolve("appointment-letter-it.png").toFile());

            assertThat(text).contains("Lettera di convocazione", "Gentile Anna Neri", "26/11/2026", "09:00", "Maria Rossi",
                    "Colloquio con il suo operatore di riferimento", "Curriculum vitae; ultima busta paga",
                    "Ho un appuntamento", paper.entry().number().format());
            List<ScannedCode> codes = new CodeReader().read(page);
            assertThat(codes).extracting(ScannedCode::text).contains(paper.seal().encode());
            assertThat(office.connection().seals().verify(paper.seal().encode()).outcome()).isEqualTo(Outcome.GENUINE);
            assertThat(agenda.find(mrossi, a.id()).letter()).isEqualTo(paper.entry().number().format());

            agenda.cancel(mrossi, a.id(), "");
            assertThat(OfficeAgendaTest.refusal(() -> agenda.letter(mrossi, a.id(), Locale.ITALIAN)).problem())
                    .isEqualTo(Problem.APPOINTMENT_CLOSED);
        }
    }
}
