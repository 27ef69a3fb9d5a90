package org.sportello.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.ManagedChannel;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.collections.ListChangeListener;
import javafx.css.CssParser;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sportello.devices.card.TesseraText;
import org.sportello.kiosk.ScreenCheck;
import org.sportello.kiosk.ScreenSize;
import org.sportello.kiosk.language.KioskLanguage;
import org.sportello.kiosk.printer.VirtualTicketPrinter;
import org.sportello.model.testing.MutableClock;
import org.sportello.ui.Dispatch;
import org.sportello.ui.ManualScheduler;
import org.sportello.ui.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.sportello.protocol.client.RemoteOffers;

/**
 * Every terminal screen at every display it is laid out for, in every terminal language, in the usual
 * display and in each of the citizen's modes (high contrast, large text): no CSS error or warning, no
 * missing text, no cut words, no control outside the window, enough contrast, and every button, chip
 * and key at least 9 mm on that display (the kiosk's {@link ScreenCheck}). Each state is saved under
 * target/screenshots/self-service-screens/ for a person to look at.
 */
@ExtendWith(ApplicationExtension.class)
class SelfServiceScreensTest {
    static final List<String> LOGGED = new CopyOnWriteArrayList<>();
    static final List<String> CSS_ERRORS = new CopyOnWriteArrayList<>();
    static final List<Logger> WATCHED = new ArrayList<>();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    /** A 19" 5:4 office monitor turned into a terminal. */
    static final ScreenSize SQUARE_19 = new ScreenSize("1280x1024", 1280, 1024, 19);
    /** An old 15" 4:3 office monitor: the smallest display a terminal is set up on. */
    static final ScreenSize OLD_15 = ScreenSize.OLD_15;
    /** The 21.5" panel turned upright. */
    static final ScreenSize PORTRAIT_22 = new ScreenSize("1080x1920", 1080, 1920, 21.5);

    FixedOffersServer server;
    ManagedChannel channel;
    ManualScheduler time;
    TerminalViewModel vm;
    Scene scene;
    final List<String> problems = new ArrayList<>();
    int buttonsMeasured;
    int screenshots;

    @BeforeAll
    static void watchTheLog() {
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                    LOGGED.add(r.getLoggerName() + ": " + r.getMessage() + (r.getThrown() == null ? "" : " " + r.getThrown()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        for (String name : new String[] {"javafx.css", "javafx.scene.CssStyleHelper", "javafx.beans", "javafx.scene"}) {
            Logger logger = Logger.getLogger(name);
            logger.addHandler(handler);
            WATCHED.add(logger);
        }
        CssParser.errorsProperty().addListener((ListChangeListener<CssParser.ParseError>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(e -> CSS_ERRORS.add(e.toString()));
            }
        });
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        if (vm != null) {
            robot.interact(vm::stop);
        }
        if (channel != null) {
            channel.shutdownNow();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void panel1920x1080(FxRobot robot) {
        everyScreen(robot, ScreenSize.WALL_22);
    }

    @Test
    void panel1366x768(FxRobot robot) {
        everyScreen(robot, ScreenSize.TABLET_15);
    }

    @Test
    void panel1024x768(FxRobot robot) {
        everyScreen(robot, OLD_15);
    }

    @Test
    void monitor1280x1024(FxRobot robot) {
        everyScreen(robot, SQUARE_19);
    }

    @Test
    void portrait1080x1920(FxRobot robot) {
        everyScreen(robot, PORTRAIT_22);
    }

    private void everyScreen(FxRobot robot, ScreenSize size) {
        open(robot, size);
        for (KioskLanguage language : TerminalTexts.LANGUAGES) {
            for (Mode mode : Mode.values()) {
                everyScreen(robot, size, language, mode);
            }
        }
        act(robot, () -> server.down(true));
        act(robot, () -> vm.search().type("x"));
        act(robot, () -> time.advance(vm.settings().typingPause()));
        assertThat(vm.screenProperty().get()).isEqualTo(TerminalViewModel.Screen.OUT_OF_SERVICE);
        check(robot, size, size.name() + "-out-of-service");
        act(robot, () -> server.down(false));
        act(robot, () -> time.advance(vm.settings().retryInterval()));
        assertThat(vm.screenProperty().get()).isEqualTo(TerminalViewModel.Screen.SEARCH);

        assertThat(CSS_ERRORS).as("CSS parse errors").isEmpty();
        assertThat(LOGGED).as("CSS warnings and failing bindings in the log").isEmpty();
        assertThat(problems).as("what a citizen would see wrong").isEmpty();
        assertThat(buttonsMeasured).as("every key, chip and button measured").isGreaterThan(60 * screenshots / 2);
    }

    /**
     * A citizen switches both modes on with the header's switches and walks away: the reset is announced
     * (the modes are something to lose), then the next citizen finds the usual display.
     */
    @Test
    void theSwitchesTurnTheModesOnAndTheIdleResetTurnsThemOff(FxRobot robot) {
        open(robot, OLD_15);
        Node root = scene.lookup("#terminal-root");
        robot.interact(this::layOut);
        double usualScale = ((org.sportello.kiosk.KioskFrame) scene.getRoot()).scale();
        act(robot, () -> ((ButtonBase) scene.lookup("#mode-contrast")).fire());
        act(robot, () -> ((ButtonBase) scene.lookup("#mode-large")).fire());
        assertThat(vm.displayModes().highContrastProperty().get()).isTrue();
        assertThat(vm.displayModes().largeTextProperty().get()).isTrue();
        assertThat(root.getStyleClass()).contains("high-contrast", "large-text");
        robot.interact(this::layOut);
        assertThat(((org.sportello.kiosk.KioskFrame) scene.getRoot()).scale())
                .as("large text scales the screen up a quarter").isCloseTo(usualScale * 1.25, org.assertj.core.data.Offset.offset(1e-6));
        check(robot, OLD_15, "1024x768-it-home-both-modes");

        act(robot, () -> time.advance(vm.settings().idleTimeout().minus(vm.settings().idleWarning()).plusSeconds(1)));
        assertThat(vm.idleCountdownProperty().get()).as("the reset is announced").isPositive();
        act(robot, () -> time.advance(vm.settings().idleWarning()));
        assertThat(vm.idleCountdownProperty().get()).isZero();
        assertThat(vm.displayModes().any()).as("the next citizen finds the usual display").isFalse();
        assertThat(root.getStyleClass()).doesNotContain("high-contrast", "large-text");
        assertThat(((javafx.scene.control.ToggleButton) scene.lookup("#mode-contrast")).isSelected()).isFalse();
        assertThat(problems).as("what a citizen would see wrong").isEmpty();
    }

    /**
     * On a portrait panel the keys take a fifth of the height; with large text barely one offer showed above them.
     * Scrolling the offers sets the keys aside for more offers; the button left in their place, a touch on a
     * field or the idle reset brings them back. On a landscape panel the keys sit beside the offers and stay.
     */
    @Test
    void onAPortraitPanelTheKeysStepAsideWhileTheCitizenScrollsTheOffers(FxRobot robot) {
        open(robot, PORTRAIT_22);
        act(robot, vm::toggleLargeText);
        robot.interact(this::layOut);
        int withKeys = offersInViewNow();
        assertThat(shown("#keyboard")).isTrue();
        assertThat(shown("#keys-show")).isFalse();

        act(robot, () -> javafx.event.Event.fireEvent(scene.lookup(".hit"), swipeUp()));
        robot.interact(this::layOut);
        assertThat(vm.search().keysShownProperty().get()).isFalse();
        assertThat(shown("#keyboard")).as("keys while the citizen scrolls").isFalse();
        assertThat(shown("#keys-show")).isTrue();
        assertThat(offersInViewNow()).as("offers wholly in view without the keys").isGreaterThan(withKeys);
        check(robot, PORTRAIT_22, "1080x1920-it-browsing-large");

        act(robot, () -> ((ButtonBase) scene.lookup("#keys-show")).fire());
        assertThat(shown("#keyboard")).as("keys back from their button").isTrue();
        assertThat(vm.search().fieldProperty().get()).as("typing goes on where it was").isEqualTo(SearchViewModel.Field.WHAT);

        act(robot, () -> javafx.event.Event.fireEvent(scene.lookup(".hit"), swipeUp()));
        act(robot, () -> vm.search().focus(SearchViewModel.Field.WHERE)); // a touch on Dove
        assertThat(shown("#keyboard")).as("keys back at a touch on a field").isTrue();

        act(robot, () -> javafx.event.Event.fireEvent(scene.lookup(".hit"), swipeUp()));
        act(robot, () -> time.advance(vm.settings().idleTimeout().minus(vm.settings().idleWarning()).plusSeconds(1)));
        act(robot, () -> time.advance(vm.settings().idleWarning()));
        assertThat(vm.idleCountdownProperty().get()).isZero();
        assertThat(shown("#keyboard")).as("the next citizen finds the keys").isTrue();
        assertThat(problems).as("what a citizen would see wrong").isEmpty();
    }

    @Test
    void onALandscapePanelTheKeysStayBesideTheOffers(FxRobot robot) {
        open(robot, OLD_15);
        robot.interact(this::layOut);
        act(robot, () -> javafx.event.Event.fireEvent(scene.lookup(".hit"), swipeUp()));
        robot.interact(this::layOut);
        assertThat(shown("#keyboard")).isTrue();
        assertThat(shown("#keys-show")).isFalse();
    }

    /** A finger's swipe up over the offers, as the touch panel reports it. */
    private static javafx.scene.input.ScrollEvent swipeUp() {
        return new javafx.scene.input.ScrollEvent(javafx.scene.input.ScrollEvent.SCROLL, 400, 900, 400, 900,
                false, false, false, false, true, false, 0, -120, 0, -120,
                javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 1, null);
    }

    private boolean shown(String id) {
        Node n = scene.lookup(id);
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n != null;
    }

    private int offersInViewNow() {
        try {
            return WaitForAsyncUtils.asyncFx(this::offersInView).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Offers wholly inside the results' viewport. */
    private int offersInView() {
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) scene.lookup("#results-scroll");
        javafx.geometry.Bounds port = scroll.localToScene(scroll.getLayoutBounds());
        int n = 0;
        for (Node hit : scene.getRoot().lookupAll(".hit")) {
            javafx.geometry.Bounds b = hit.localToScene(hit.getLayoutBounds());
            if (hit.isVisible() && b.getMinY() >= port.getMinY() - 0.5 && b.getMaxY() <= port.getMaxY() + 0.5) {
                n++;
            }
        }
        return n;
    }

    /**
     * On a 5:4 monitor large text lays out on a 4:3 canvas (the terminal's fields and keys need its width)
     * and so grows a little less than a quarter, but still clearly grows.
     */
    @Test
    void largeTextOnA5To4MonitorStillGrows(FxRobot robot) {
        open(robot, SQUARE_19);
        robot.interact(this::layOut);
        double usualScale = ((org.sportello.kiosk.KioskFrame) scene.getRoot()).scale();
        act(robot, vm::toggleLargeText);
        robot.interact(this::layOut);
        double largeScale = ((org.sportello.kiosk.KioskFrame) scene.getRoot()).scale();
        assertThat(largeScale / usualScale).as("large text on 5:4").isBetween(1.15, 1.25);
        check(robot, SQUARE_19, "1280x1024-it-home-large-scale");
        assertThat(problems).as("what a citizen would see wrong").isEmpty();
    }

    /** The citizen's display modes, each switched on from the home screen as a citizen would. */
    enum Mode {
        USUAL(""), HIGH_CONTRAST("-contrast"), LARGE_TEXT("-large");

        final String suffix;

        Mode(String suffix) {
            this.suffix = suffix;
        }
    }

    private void everyScreen(FxRobot robot, ScreenSize size, KioskLanguage language, Mode mode) {
        String at = size.name() + "-" + language.tag();
        act(robot, () -> vm.setLanguage(language));
        act(robot, () -> {
            switch (mode) {
                case HIGH_CONTRAST -> vm.toggleHighContrast();
                case LARGE_TEXT -> vm.toggleLargeText();
                case USUAL -> { }
            }
        });
        Node root = scene.lookup("#terminal-root");
        assertThat(root.getStyleClass().contains("high-contrast")).isEqualTo(mode == Mode.HIGH_CONTRAST);
        assertThat(root.getStyleClass().contains("large-text")).isEqualTo(mode == Mode.LARGE_TEXT);
        check(robot, size, at + "-home" + mode.suffix);

        act(robot, () -> {
            vm.search().focus(SearchViewModel.Field.WHAT);
            "magazz".chars().forEach(c -> vm.search().type(String.valueOf((char) c)));
            vm.search().focus(SearchViewModel.Field.WHERE);
            vm.search().type("Bologna");
            time.advance(vm.settings().typingPause());
            vm.search().toggleKm(25);
        });
        check(robot, size, at + "-typed-with-chips" + mode.suffix);

        act(robot, () -> vm.cardRead(TesseraText.decode(FixedOffersServer.MARIO, time.clock())));
        act(robot, () -> {
            vm.search().clearChips();
            vm.toggleChosen("BO-0001");
        });
        assertThat(vm.fits()).isNotEmpty();
        check(robot, size, at + "-card-fits" + mode.suffix);

        act(robot, () -> vm.openOffer("BO-0001"));
        act(robot, () -> vm.page().print());
        assertThat(vm.page().printStateProperty().get()).isEqualTo(OfferPageViewModel.PrintState.PRINTED);
        check(robot, size, at + "-offer-fit-printed" + mode.suffix);
        act(robot, vm::attachChosen);
        check(robot, size, at + "-offer-attached" + mode.suffix);

        act(robot, vm::showCourses);
        check(robot, size, at + "-courses" + mode.suffix);

        act(robot, () -> time.advance(vm.settings().idleTimeout().minus(vm.settings().idleWarning()).plusSeconds(1)));
        assertThat(vm.idleCountdownProperty().get()).isPositive();
        check(robot, size, at + "-idle-warning" + mode.suffix);
        act(robot, vm::finish);
        assertThat(vm.displayModes().any()).as("the next citizen finds the usual display").isFalse();
    }

    private void open(FxRobot robot, ScreenSize size) {
        server = FixedOffersServer.start(TODAY);
        channel = server.channel();
        MutableClock clock = new MutableClock(TODAY.atTime(10, 0).atZone(SelfServiceScreenTest.ROME).toInstant());
        time = new ManualScheduler(clock);
        VirtualTicketPrinter printer = VirtualTicketPrinter.create();
        robot.interact(() -> {
            vm = new TerminalViewModel(new RemoteOffers(channel), () -> "Centro per l'impiego di Bologna",
                    printer.printer(), new Dispatch(Runnable::run, Runnable::run, time),
                    TerminalSettings.defaults().withClock(clock).withScreen(size).withIdle(Duration.ofSeconds(90),
                            Duration.ofSeconds(15)));
            // Not in a window: the headless platform's screen is smaller than these displays. CSS and
            // layout run on the scene all the same, and snapshots draw it.
            scene = SelfServiceApp.scene(vm, size.widthPx(), size.heightPx());
            vm.start();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.screenProperty().get()).isEqualTo(TerminalViewModel.Screen.SEARCH);
    }

    private void act(FxRobot robot, Runnable action) {
        robot.interact(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void layOut() {
        scene.getRoot().applyCss();
        scene.getRoot().resize(scene.getWidth(), scene.getHeight());
        scene.getRoot().layout();
    }

    private void check(FxRobot robot, ScreenSize size, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            for (int pass = 0; pass < 2; pass++) {
                scene.getRoot().applyCss();
                scene.getRoot().resize(scene.getWidth(), scene.getHeight());
                scene.getRoot().layout();
            }
            Node top = scene.lookup("#terminal-root");
            problems.addAll(ScreenCheck.problems(name, top, scene.getWidth(), scene.getHeight(), size.pixelsPerMm()));
            buttonsMeasured += (int) ScreenCheck.visible(top).stream().filter(n -> n instanceof ButtonBase).count();
        });
        Screenshots.save(scene.getRoot(), "self-service-screens/" + name);
        screenshots++;
    }
}
