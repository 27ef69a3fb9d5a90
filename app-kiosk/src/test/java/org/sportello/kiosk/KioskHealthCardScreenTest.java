package org.sportello.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.devices.card.CardRead;
import org.sportello.devices.card.SimulatedCardReader;
import org.sportello.devices.card.TesseraText;
import org.sportello.devices.printer.virtual.PrintedTicket;
import org.sportello.kiosk.printer.VirtualTicketPrinter;
import org.sportello.model.queue.Ticket;
import org.sportello.server.testing.TestOffice;
import org.sportello.link.InProcessOffice;
import org.sportello.ui.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A health card at the kiosk, through the simulated reader the demo uses, on a real H2 office and the
 * real ESC/POS driver printing onto the virtual printer: the note, the ticket that carries the code,
 * the paper that does not, the unreadable card and the idle reset.
 */
@ExtendWith(ApplicationExtension.class)
class KioskHealthCardScreenTest {
    static final String CF = "RSSMRA85T10A562S";
    /** Long enough for a slow, shared build machine between two clicks; the idle test waits it out. */
    static final Duration IDLE = Duration.ofSeconds(8);

    @TempDir
    Path dir;
    TestOffice office;
    VirtualTicketPrinter printer = VirtualTicketPrinter.create();
    SimulatedCardReader reader = new SimulatedCardReader();
    KioskViewModel vm;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        office = TestOffice.embedded(dir);
        vm = KioskApp.start(stage, InProcessOffice.link(office.connection()), printer.printer(), false,
                KioskSettings.defaults().withClock(office.clock()).withIdleTimeout(IDLE), reader);
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(stage::hide);
        office.close();
    }

    private CardRead card(String text) {
        return TesseraText.decode(text, office.clock());
    }

    private Node screen(FxRobot robot) {
        return robot.lookup("#kiosk-root").query();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** The note takes room from the page: no tile, note or button may end in "…" because of it. */
    private static void assertNothingCutOff(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#home .label").queryAllAs(Label.class)).filteredOn(Node::isVisible)
                .filteredOn(Label::isTextTruncated).extracting(Label::getText).isEmpty();
    }

    private void awaitHome(FxRobot robot) throws TimeoutException {
        await(() -> robot.lookup("#tile-A").tryQuery().isPresent() && robot.lookup("#home").query().isVisible());
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    @Test
    void aCardShownBeforeTheTapGoesWithTheTicketButNotOnThePaper(FxRobot robot) throws TimeoutException {
        awaitHome(robot);
        assertThat(shown(robot, "#card-note")).isFalse();

        reader.present(card(CF));
        await(() -> shown(robot, "#card-note"));
        assertThat(text(robot, "#card-note-title")).isEqualTo("Tessera sanitaria letta");
        assertThat(text(robot, "#card-note-code")).isEqualTo("••••••••••••562S");
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .as("nothing on a public screen shows the whole code").noneMatch(t -> t.contains("RSSMRA"));
        Screenshots.save(screen(robot), "kiosk-card-read");

        robot.clickOn("#lang-en");
        await(() -> text(robot, "#card-note-title").startsWith("Health card read"));
        assertThat(text(robot, "#card-note-detail")).isEqualTo("It will go with your next ticket.");
        assertThat(text(robot, "#card-note-code")).isEqualTo("••••••••••••562S");
        assertNothingCutOff(robot);
        Screenshots.save(screen(robot), "kiosk-card-read-en");

        robot.clickOn("#tile-B");
        await(() -> "B001".equals(text(robot, "#ticket-code")) && shown(robot, "#ticket-card"));
        assertThat(text(robot, "#ticket-card")).isEqualTo("Health card registered");
        await(() -> printer.transport().printer().tickets().size() == 1);
        Screenshots.save(screen(robot), "kiosk-card-confirmation-en");

        Ticket issued = office.connection().queue().findToday("B001").orElseThrow();
        assertThat(issued.citizenTaxCode()).isEqualTo(CF);
        PrintedTicket paper = printer.transport().printer().tickets().getFirst();
        assertThat(paper.text()).contains("B001").doesNotContain(CF).doesNotContain("562S");

        // The card went with B001: the next citizen starts without it.
        robot.clickOn("#ticket-code");
        awaitHome(robot);
        assertThat(shown(robot, "#card-note")).isFalse();
        robot.clickOn("#tile-A");
        await(() -> "A001".equals(text(robot, "#ticket-code")));
        assertThat(office.connection().queue().findToday("A001").orElseThrow().citizenTaxCode()).isNull();
        assertThat(shown(robot, "#ticket-card")).isFalse();
    }

    @Test
    void anUnreadableCardSaysSoAndTheTicketComesWithout(FxRobot robot) throws TimeoutException {
        awaitHome(robot);
        reader.present(card("RSSMRA85T10A562T")); // a check character that does not match: a misread
        await(() -> shown(robot, "#card-note"));
        assertThat(text(robot, "#card-note-title")).isEqualTo("Tessera non leggibile");
        assertThat(text(robot, "#card-note-detail")).contains("senza tessera");
        assertThat(robot.lookup("#card-note").query().getStyleClass()).contains("unreadable");
        assertNothingCutOff(robot);
        Screenshots.save(screen(robot), "kiosk-card-unreadable");

        robot.clickOn("#tile-A");
        await(() -> "A001".equals(text(robot, "#ticket-code")));
        assertThat(office.connection().queue().findToday("A001").orElseThrow().citizenTaxCode()).isNull();
    }

    @Test
    void removeAndIdleResetForgetTheCard(FxRobot robot) throws TimeoutException {
        awaitHome(robot);
        reader.present(card(CF));
        await(() -> shown(robot, "#card-note"));
        robot.clickOn("#card-remove");
        await(() -> !shown(robot, "#card-note"));
        assertThat(vm.card().taxCode()).isEmpty();

        // Shown again after a while (a new presentation), then the citizen walks away.
        WaitForAsyncUtils.sleep(3500, TimeUnit.MILLISECONDS);
        reader.present(card(CF));
        await(() -> shown(robot, "#card-note"));
        WaitForAsyncUtils.waitFor(IDLE.toSeconds() + 10, TimeUnit.SECONDS, () -> !shown(robot, "#card-note"));
        assertThat(vm.card().taxCode()).isEmpty();
        robot.clickOn("#tile-A");
        await(() -> "A001".equals(text(robot, "#ticket-code")));
        assertThat(office.connection().queue().findToday("A001").orElseThrow().citizenTaxCode()).isNull();
    }
}
