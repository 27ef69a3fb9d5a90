package org.sportello.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sportello.devices.printer.PrintResult;
import org.sportello.devices.printer.TicketPrintout;
import org.sportello.devices.printer.virtual.PrintedTicket;
import org.sportello.kiosk.language.KioskLanguage;
import org.sportello.kiosk.printer.VirtualTicketPrinter;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.IssuedTicket;
import org.sportello.model.queue.PriorityClass;
import org.sportello.server.testing.TestOffice;

/**
 * Tickets in every kiosk language, printed through the real ESC/POS driver onto the virtual TM-T20:
 * words the code page lacks arrive drawn, the number is always printed text in Latin letters, and no
 * ticket promises a wait when no counter serves the service. Each paper is saved for a person to read.
 */
class TicketPrintoutsTest {
    @TempDir
    Path dir;
    TestOffice office;
    final TicketPrintouts printouts = new TicketPrintouts();

    @BeforeEach
    void open() {
        office = TestOffice.embedded(dir);
    }

    @AfterEach
    void close() {
        office.close();
    }

    private IssuedTicket issue(String service, KioskLanguage language, PriorityClass priority) {
        return office.connection().queue().issue(new IssueRequest(service, priority, language.tag(),
                UUID.randomUUID().toString()));
    }

    private PrintedTicket print(TicketPrintout printout) {
        VirtualTicketPrinter printer = VirtualTicketPrinter.create();
        PrintResult result = printer.printer().print(printout);
        assertThat(result.printed()).as(result.detail()).isTrue();
        return printer.transport().printer().tickets().getLast();
    }

    @ParameterizedTest
    @EnumSource(KioskLanguage.class)
    void everyLanguagePrintsTheNumberInLatinLettersAndItsWordsReadably(KioskLanguage language) throws Exception {
        office.connection().queue().openCounter(office.login("mrossi"), 1);
        issue("B", KioskLanguage.ITALIAN, PriorityClass.STANDARD);
        IssuedTicket issued = issue("B", language, PriorityClass.ELDERLY);

        TicketPrintout printout = printouts.compose(office.connection().directory().office(), issued, language.locale());
        boolean drawn = switch (language) {
            case ITALIAN, ENGLISH, ALBANIAN, SPANISH, FRENCH -> false;
            case ROMANIAN, ARABIC, UKRAINIAN, CHINESE -> true;
        };
        assertThat(printout.drawn() != null).as("%s words drawn", language).isEqualTo(drawn);
        assertThat(printout.language()).isEqualTo(language.tag());
        PrintedTicket paper = print(printout);

        assertThat(paper.textLines()).as("the number, printed as text").contains("B002");
        assertThat(paper.text()).contains("Centro per l'Impiego di Bologna");
        if (drawn) {
            assertThat(paper.text()).as("no '?' for letters the code page lacks").doesNotContain("?");
            assertThat(blackDots(paper.image())).isGreaterThan(blackDots(print(italian(issued)).image()) / 2);
        } else {
            // The driver wraps long lines at spaces.
            assertThat(paper.text().replace('\n', ' ')).contains(printout.waitLine()).contains(printout.counterLine());
        }
        Path file = Path.of("target/screenshots/tickets/ticket-" + language.tag() + ".png");
        Files.createDirectories(file.getParent());
        ImageIO.write(paper.image(), "png", file.toFile());
    }

    @Test
    void noTicketPromisesAWaitWhenNoCounterServesTheService() {
        IssuedTicket issued = issue("E", KioskLanguage.ITALIAN, PriorityClass.STANDARD);
        assertThat(issued.openCounters()).isZero();
        TicketPrintout p = printouts.compose(office.connection().directory().office(), issued, KioskLanguage.ITALIAN.locale());
        assertThat(p.waitLine()).isEqualTo("Ora nessuno sportello è aperto per questo servizio: non sappiamo quanto aspetterà.")
                .doesNotContain("a breve");
        assertThat(print(p).text()).doesNotContain("Il suo turno arriverà a breve").contains("nessuno sportello");

        office.connection().queue().openCounter(office.login("lbianchi"), 2); // counter 2 serves E
        IssuedTicket served = issue("E", KioskLanguage.ITALIAN, PriorityClass.STANDARD);
        assertThat(served.openCounters()).isEqualTo(1);
        assertThat(printouts.compose(office.connection().directory().office(), served, KioskLanguage.ITALIAN.locale())
                .waitLine()).isEqualTo("Attesa stimata: circa 20 minuti");
    }

    private TicketPrintout italian(IssuedTicket issued) {
        return printouts.compose(office.connection().directory().office(), issued, KioskLanguage.ITALIAN.locale());
    }

    private static long blackDots(BufferedImage image) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFF) < 128) {
                    n++;
                }
            }
        }
        return n;
    }
}
