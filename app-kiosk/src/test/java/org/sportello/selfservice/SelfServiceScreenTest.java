package org.sportello.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.grpc.ManagedChannel;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sportello.devices.card.SimulatedCardReader;
import org.sportello.devices.card.TesseraText;
import org.sportello.devices.printer.virtual.PrintedTicket;
import org.sportello.kiosk.language.KioskLanguage;
import org.sportello.kiosk.printer.VirtualTicketPrinter;
import org.sportello.ui.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.sportello.model.offers.OfferHit;
import org.sportello.protocol.client.RemoteOffers;

/**
 * The self-consultation terminal as a citizen uses it, in a window, with real threads: the on-screen
 * keyboard typing into <i>Cosa</i> and <i>Dove</i>, results following, chips, an offer's page printed
 * through the real ESC/POS driver onto the virtual printer (and read back, QR included), the health card
 * with the first name and the fits, "take to the desk", the idle reset and an outage. The offers come
 * from a real in-process gRPC server through the same client the terminal uses.
 */
@ExtendWith(ApplicationExtension.class)
class SelfServiceScreenTest {
    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ROME).toInstant(), ROME);
    /** Long enough for a slow, shared build machine between two taps; the idle test waits it out. */
    static final Duration IDLE = Duration.ofSeconds(15);

    FixedOffersServer server;
    ManagedChannel channel;
    VirtualTicketPrinter printer = VirtualTicketPrinter.create();
    SimulatedCardReader reader = new SimulatedCardReader();
    TerminalViewModel vm;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        server = FixedOffersServer.start(TODAY);
        channel = server.channel();
        TerminalSettings settings = TerminalSettings.defaults().withClock(CLOCK).withIdle(IDLE, Duration.ofSeconds(4))
                .withRetryInterval(Duration.ofMillis(300));
        vm = SelfServiceApp.start(stage, new RemoteOffers(channel), () -> "Centro per l'impiego di Bologna",
                printer.printer(), false, settings, reader);
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(stage::hide);
        channel.shutdownNow();
        server.close();
    }

    // ---------------------------------------------------------------- helpers

    private static void await(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    private void awaitHome(FxRobot robot) throws TimeoutException {
        await(() -> vm.screenProperty().get() == TerminalViewModel.Screen.SEARCH && !vm.search().hits().isEmpty());
    }

    private static void keys(FxRobot robot, String text) {
        for (char c : text.toCharArray()) {
            robot.clickOn("#key-" + (c == ' ' ? "space" : ItalianKeyboard.name(String.valueOf(c))));
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /**
     * Taps a node once the screen has settled: no search on its way and the list drawn, so the node
     * tapped is the one on screen (the list is redrawn when results and fits arrive).
     */
    private void tap(FxRobot robot, String id) throws TimeoutException {
        await(() -> !vm.search().searchingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        await(() -> find(robot, id).map(n -> n.getScene() != null && n.isVisible()).orElse(false));
        robot.interact(() -> {
            Node n = find(robot, id).orElseThrow();
            // A line below the fold is scrolled to, as a citizen would swipe to it.
            for (Node p = n.getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane sp) {
                    double contentHeight = sp.getContent().getLayoutBounds().getHeight();
                    double y = sp.getContent().sceneToLocal(n.localToScene(0, 0)).getY();
                    double room = contentHeight - sp.getViewportBounds().getHeight();
                    sp.setVvalue(room <= 0 ? 0 : Math.min(1, y / room));
                    break;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(find(robot, id).orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * A node by its id; a result row ({@code #hit-OFFER}) and its choose button ({@code #choose-OFFER}) by the
     * offer they carry, since offer ids are kept out of CSS ids (SearchView.OFFER).
     */
    private static java.util.Optional<Node> find(FxRobot robot, String id) {
        for (String kind : new String[] {"hit", "choose"}) {
            if (id.startsWith("#" + kind + "-")) {
                String offer = id.substring(kind.length() + 2);
                return robot.lookup("." + kind).match((Node n) -> offer.equals(n.getProperties().get(SearchView.OFFER)))
                        .tryQuery();
            }
        }
        return robot.lookup(id).tryQuery();
    }

    private List<String> hitIds() {
        return vm.search().hits().stream().map(OfferHit::id).toList();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private Node screen(FxRobot robot) {
        return robot.lookup("#terminal-root").query();
    }

    private static List<String> allLabels(FxRobot robot) {
        return robot.lookup(".label").queryAllAs(Label.class).stream().filter(Node::isVisible).map(Label::getText).toList();
    }

    private void showCard(String taxCode) {
        reader.present(TesseraText.decode(taxCode, CLOCK));
    }

    // ---------------------------------------------------------------- the tests

    @Test
    void theKeyboardTypesIntoCosaAndDoveAndTheResultsFollow(FxRobot robot) throws TimeoutException {
        awaitHome(robot);
        assertThat(vm.search().hits()).hasSize(12);
        Screenshots.save(screen(robot), "self-service/home");

        robot.clickOn("#what");
        keys(robot, "magazzinieri");
        await(() -> robot.lookup("#what").queryAs(TextField.class).getText().equals("magazzinieri"));
        await(() -> hitIds().equals(List.of("BO-0001", "BO-0006")));
        await(() -> server.searches.getLast().getWhat().equals("magazzinieri"));
        // Typing pauses before a search: twelve keys did not make twelve searches.
        assertThat(server.searches.stream().filter(s -> s.getWhat().startsWith("mag")).count()).isLessThan(12);
        Screenshots.save(screen(robot), "self-service/typed-what");

        robot.clickOn("#where");
        keys(robot, "casalecchio di reno");
        await(() -> vm.search().whereProperty().get().equals("casalecchio di reno") && !vm.search().searchingProperty().get()
                && "casalecchio di reno".equals(server.searches.getLast().getWhere()));
        await(() -> robot.lookup("#chip-km-10").tryQuery().isPresent()); // a radius once a place is given
        tap(robot, "#chip-km-10");
        await(() -> server.searches.getLast().getKm() == 10);
        assertThat(hitIds()).as("Castel Maggiore is 13 km from Casalecchio, Bologna 6").containsExactly("BO-0001");
        tap(robot, "#chip-km-10");
        await(() -> server.searches.getLast().getKm() == 0 && !vm.search().searchingProperty().get());
        assertThat(hitIds()).containsExactlyInAnyOrder("BO-0001", "BO-0006");
        Screenshots.save(screen(robot), "self-service/typed-where");

        // Accents and the apostrophe: "l'addetta" finds "Addetta alle pulizie" and the reception's "addetto".
        robot.clickOn("#where-clear");
        robot.clickOn("#what-clear");
        robot.clickOn("#what");
        keys(robot, "l'addetta");
        try {
            await(() -> hitIds().size() == 2 && hitIds().containsAll(List.of("BO-0002", "FE-0008")));
        } catch (TimeoutException e) {
            throw new AssertionError("hits " + hitIds() + " for " + server.searches.getLast(), e);
        }
        robot.clickOn("#key-è");
        assertThat(vm.search().whatProperty().get()).isEqualTo("l'addettaè");
        robot.clickOn("#key-backspace");
        assertThat(vm.search().whatProperty().get()).isEqualTo("l'addetta");
    }

    @Test
    void chipsNarrowTheResultsAndCountFromTheFacets(FxRobot robot) throws TimeoutException {
        awaitHome(robot);
        assertThat(robot.lookup("#chip-contract-permanent").queryButton().getText()).isEqualTo("Tempo indeterminato (3)");
        assertThat(robot.lookup("#chip-hours-part").queryButton().getText()).isEqualTo("Part-time (4)");
        tap(robot, "#chip-contract-permanent");
        await(() -> hitIds().size() == 3);
        assertThat(server.searches.getLast().getContractsList()).containsExactly("permanent");
        assertThat(robot.lookup("#chip-contract-permanent").query().getPseudoClassStates().toString()).contains("selected");
        tap(robot, "#chip-province-BO");
        await(() -> hitIds().size() == 2);
        assertThat(hitIds()).containsExactlyInAnyOrder("BO-0001", "BO-0003");
        Screenshots.save(screen(robot), "self-service/chips");
        tap(robot, "#chip-recent");
        await(() -> server.searches.getLast().getPublishedWithinDays() == 7);
        tap(robot, "#chip-clear");
        await(() -> hitIds().size() == 12);
        assertThat(server.searches.getLast().getContractsList()).isEmpty();
    }

    @Test
    void anOfferPrintsOnTheTicketPrinterWithItsQr(FxRobot robot) throws Exception {
        awaitHome(robot);
        tap(robot, "#hit-BO-0002");
        await(() -> vm.screenProperty().get() == TerminalViewModel.Screen.OFFER);
        assertThat(text(robot, "#offer-title")).isEqualTo("Addetta alle pulizie");
        assertThat(text(robot, "#offer-employer")).isEqualTo("Azienda riservata");
        assertThat(allLabels(robot)).contains("Casalecchio di Reno (BO)", "Tempo determinato, Part-time",
                "Chieda allo sportello: le diremo come candidarsi.", "13 gennaio 2027");
        Screenshots.save(screen(robot), "self-service/offer");

        tap(robot, "#offer-print");
        await(() -> printer.transport().printer().tickets().size() == 1);
        await(() -> text(robot, "#print-notice").startsWith("Stampata"));
        PrintedTicket paper = printer.transport().printer().tickets().getFirst();
        assertThat(paper.text()).contains("Centro per l'impiego di Bologna", "Offerta di lavoro", "Addetta alle pulizie",
                "Azienda riservata", "Casalecchio di Reno (BO)", "Tempo determinato, Part-time", "Come candidarsi",
                "Codice offerta: BO-0002", "24/11/2026");
        assertThat(qr(paper.image())).isEqualTo("BO-0002");
        Path png = Path.of("target/screenshots/self-service/printed-offer.png");
        Files.createDirectories(png.getParent());
        ImageIO.write(paper.image(), "png", png.toFile());
        Screenshots.save(screen(robot), "self-service/offer-printed");

        tap(robot, "#offer-back");
        await(() -> vm.screenProperty().get() == TerminalViewModel.Screen.SEARCH);
    }

    @Test
    void aReservedOfferOfAnotherOfficeSaysWhichOfficeToApplyThroughOnScreenAndOnPaper(FxRobot robot) throws Exception {
        awaitHome(robot);
        tap(robot, "#hit-BO-0006");
        await(() -> vm.screenProperty().get() == TerminalViewModel.Screen.OFFER);
        assertThat(text(robot, "#offer-employer")).isEqualTo("Azienda riservata");
        String apply = "Si candidi tramite l'ufficio che ha pubblicato l'offerta: Centro per l'Impiego di Imola,"
                + " Viale Dante 5, 40026 Imola. Citi il riferimento dell'offerta V-1A2B3C4D.";
        assertThat(allLabels(robot)).contains(apply).doesNotContain("Chieda allo sportello: le diremo come candidarsi.");
        Screenshots.save(screen(robot), "self-service/offer-other-office");

        tap(robot, "#offer-print");
        await(() -> printer.transport().printer().tickets().size() == 1);
        PrintedTicket paper = printer.transport().printer().tickets().getFirst();
        assertThat(paper.text().replaceAll("\\s+", " ")).contains("Azienda riservata", "Come candidarsi", apply,
                "Codice offerta: BO-0006");
        assertThat(qr(paper.image())).isEqualTo("BO-0006");
        Path png = Path.of("target/screenshots/self-service/printed-offer-other-office.png");
        Files.createDirectories(png.getParent());
        ImageIO.write(paper.image(), "png", png.toFile());

        // In English, the same office and reference.
        tap(robot, "#offer-back");
        await(() -> vm.screenProperty().get() == TerminalViewModel.Screen.SEARCH);
        robot.interact(() -> vm.setLanguage(KioskLanguage.ENGLISH));
        robot.interact(() -> vm.openOffer("BO-0006"));
        await(() -> vm.screenProperty().get() == TerminalViewModel.Screen.OFFER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(allLabels(robot)).contains("Apply through the office that published this offer: Centro per"
                + " l'Impiego di Imola, Viale Dante 5, 40026 Imola. Quote offer reference V-1A2B3C4D.");
    }

    @Test
    void theCardShowsOnlyTheFirstNameAndEachOffersFit(FxRobot robot) throws TimeoutException {
        awaitHome(robot);
        assertThat(text(robot, "#card-words")).startsWith("Mostri la tessera sanitaria");
        showCard(FixedOffersServer.MARIO);
        await(() -> "Buongiorno, Mario!".equals(text(robot, "#card-words")));
        await(() -> robot.lookup(".fit-badge").queryAll().size() == 12);
        assertThat(allLabels(robot)).noneMatch(t -> t.contains("RSSMRA") || t.contains("Rossi"));
        assertThat(vm.fit("BO-0001").score()).isEqualTo(100);
        Screenshots.save(screen(robot), "self-service/card-fits");

        tap(robot, "#hit-BO-0005");
        await(() -> robot.lookup("#fit-box").tryQuery().isPresent());
        assertThat(text(robot, "#fit-title")).startsWith("Per lei, Mario: adatta al");
        assertThat(allLabels(robot)).contains("✓ Titolo di studio: chiedono diploma, lei lo ha",
                "✗ Non risulta che abbia fatto questo lavoro", "✗ Chiedono inglese a livello B1: lei ha A2",
                "✓ È a 6 km da casa (entro 30 km)");
        Screenshots.save(screen(robot), "self-service/offer-fit");

        // Take two offers to the desk: one from the page, one from the list.
        tap(robot, "#offer-choose");
        tap(robot, "#offer-back");
        await(() -> vm.screenProperty().get() == TerminalViewModel.Screen.SEARCH);
        tap(robot, "#choose-BO-0001");
        assertThat(vm.chosen()).containsExactly("BO-0005", "BO-0001");
        tap(robot, "#attach");
        await(() -> text(robot, "#attach-notice").contains("D004"));
        assertThat(server.attached).hasSize(1);
        assertThat(server.attached.getFirst().getTaxCode()).isEqualTo(FixedOffersServer.MARIO);
        assertThat(server.attached.getFirst().getOfferIdsList()).containsExactly("BO-0005", "BO-0001");
        Screenshots.save(screen(robot), "self-service/attached");
    }

    @Test
    void withoutATicketTodayTheTerminalSaysHowToGetOne(FxRobot robot) throws TimeoutException {
        awaitHome(robot);
        showCard(FixedOffersServer.LAURA);
        await(() -> "Buongiorno, Laura!".equals(text(robot, "#card-words")));
        tap(robot, "#choose-BO-0003");
        tap(robot, "#attach");
        await(() -> text(robot, "#attach-notice").startsWith("Oggi non ha ancora un biglietto"));
        assertThat(server.attached).isEmpty();
        assertThat(vm.chosen()).as("kept, to try again after taking a ticket").containsExactly("BO-0003");
        Screenshots.save(screen(robot), "self-service/attach-no-ticket");

        // A card the office does not know: no name, no fits, no "take to the desk".
        showCard("VRDGPP80A01H501U");
        await(() -> text(robot, "#card-words").startsWith("Non troviamo la sua scheda"));
        assertThat(vm.fits()).isEmpty();
        assertThat(robot.lookup("#attach-bar").query().isVisible()).isFalse();
    }

    @Test
    void theIdleResetForgetsFieldsCardAndResults(FxRobot robot) throws TimeoutException {
        awaitHome(robot);
        robot.clickOn("#what");
        keys(robot, "barista");
        await(() -> hitIds().equals(List.of("BO-0012")));
        tap(robot, "#chip-hours-part");
        showCard(FixedOffersServer.MARIO);
        await(() -> "Buongiorno, Mario!".equals(text(robot, "#card-words")));
        tap(robot, "#choose-BO-0012");
        robot.clickOn("#lang-en");
        WaitForAsyncUtils.waitFor(IDLE.toSeconds() + 5, TimeUnit.SECONDS, () -> vm.idleCountdownProperty().get() > 0);
        assertThat(text(robot, "#idle-text")).startsWith("In ");
        Screenshots.save(screen(robot), "self-service/idle-warning");

        WaitForAsyncUtils.waitFor(IDLE.toSeconds() + 10, TimeUnit.SECONDS,
                () -> vm.cardProperty().get() == null && vm.search().hits().size() == 12);
        assertThat(vm.search().whatProperty().get()).isEmpty();
        assertThat(vm.search().whereProperty().get()).isEmpty();
        assertThat(vm.search().anyChip()).isFalse();
        assertThat(vm.fits()).isEmpty();
        assertThat(vm.chosen()).isEmpty();
        assertThat(vm.languageProperty().get().tag()).isEqualTo("it");
        assertThat(robot.lookup("#what").queryAs(TextField.class).getText()).isEmpty();
        assertThat(text(robot, "#card-words")).startsWith("Mostri la tessera sanitaria");
        assertThat(allLabels(robot)).noneMatch(t -> t.contains("Mario"));
        assertThat(robot.lookup(".fit-badge").queryAll()).isEmpty();
        Screenshots.save(screen(robot), "self-service/after-idle");
    }

    @Test
    void anOutageShowsACalmPageAndTheTerminalComesBackByItself(FxRobot robot) throws Exception {
        awaitHome(robot);
        showCard(FixedOffersServer.MARIO);
        await(() -> "Buongiorno, Mario!".equals(text(robot, "#card-words")));
        server.down(true);
        robot.clickOn("#what");
        keys(robot, "c");
        await(() -> vm.screenProperty().get() == TerminalViewModel.Screen.OUT_OF_SERVICE);
        // The page follows the screen on the FX thread: read it there, once that change has gone through.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(() -> screen(robot).lookup("#out-of-service").isVisible())
                .get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(allLabels(robot)).contains("Il servizio non è disponibile in questo momento");
        assertThat(vm.cardProperty().get()).as("nobody's card waits on an out-of-service screen").isNull();
        Screenshots.save(screen(robot), "self-service/out-of-service");

        server.down(false);
        await(() -> vm.screenProperty().get() == TerminalViewModel.Screen.SEARCH && vm.search().hits().size() == 12);
        assertThat(vm.search().whatProperty().get()).isEmpty();
    }

    @Test
    void theCalendarListsCoursesAndWorkshopsByDay(FxRobot robot) throws TimeoutException {
        awaitHome(robot);
        tap(robot, "#tab-courses");
        await(() -> vm.courses().courses().size() == 5);
        assertThat(allLabels(robot)).contains("venerdì 27 novembre", "Scrivere il curriculum", "Dal 27 novembre 2026 al 29 novembre 2026");
        Screenshots.save(screen(robot), "self-service/courses");
        tap(robot, "#chip-kind-workshop");
        await(() -> vm.courses().courses().size() == 2);
        tap(robot, "#tab-offers");
        await(() -> vm.screenProperty().get() == TerminalViewModel.Screen.SEARCH);
    }

    /** The QR on the paper, read as a phone would (the printer draws it at one dot per pixel). */
    static String qr(BufferedImage image) throws Exception {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels))))
                .getText();
    }
}
