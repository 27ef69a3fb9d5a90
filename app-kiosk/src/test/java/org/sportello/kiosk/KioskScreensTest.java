package org.sportello.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
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
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.devices.card.CardRead;
import org.sportello.devices.card.CardReadError;
import org.sportello.devices.card.CardSource;
import org.sportello.devices.printer.SimulatedTicketPrinter;
import org.sportello.kiosk.KioskViewModel.Screen;
import org.sportello.kiosk.language.KioskLanguage;
import org.sportello.link.InProcessOffice;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.setup.DemoPeople;
import org.sportello.server.testing.TestOffice;
import org.sportello.ui.Dispatch;
import org.sportello.ui.ManualScheduler;
import org.sportello.ui.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every kiosk screen at every supported display size, in every language, in the usual, high-contrast
 * and large-text modes, on a real H2 office: no CSS error or warning, no missing text, no cut words,
 * no control outside the window, enough contrast, touch targets of 9 mm. Each state is saved under
 * target/screenshots/kiosk-screens/ for a person to look at.
 */
@ExtendWith(ApplicationExtension.class)
class KioskScreensTest {
    /** JavaFX reports CSS trouble and failing bindings only in its log: every such line fails the test. */
    static final List<String> LOGGED = new CopyOnWriteArrayList<>();
    static final List<String> CSS_ERRORS = new CopyOnWriteArrayList<>();
    static final List<Logger> WATCHED = new ArrayList<>();

    @TempDir
    Path dir;
    TestOffice office;
    SwitchableTicketOffice desk;
    ManualScheduler time;
    KioskViewModel vm;
    Scene scene;
    final List<String> problems = new ArrayList<>();
    int screenshots;
    /** The check-in day (at 13:00, with check-in from two hours before): the letter of an appointment on time. */
    String letter;


    @BeforeAll
    static void watchTheLog() {
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                    LOGGED.add(r.getLoggerName() + ": " + r.getMessage()
                            + (r.getThrown() == null ? "" : " " + r.getThrown()));
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
            WATCHED.add(logger); // a logger nobody holds may be collected with its handler
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
        if (office != null) {
            office.close();
        }
    }

    @Test
    void portraitTotem1080x1920(FxRobot robot) {
        everyScreen(robot, ScreenSize.TOTEM_32);
    }

    @Test
    void wallPanel1920x1080(FxRobot robot) {
        everyScreen(robot, ScreenSize.WALL_22);
    }

    @Test
    void panel1366x768(FxRobot robot) {
        everyScreen(robot, ScreenSize.TABLET_15);
    }

    @Test
    void panel1024x768(FxRobot robot) {
        everyScreen(robot, ScreenSize.OLD_15);
    }

    private void everyScreen(FxRobot robot, ScreenSize size) {
        open(robot, size);
        for (KioskLanguage language : KioskLanguage.values()) {
            String at = size.name() + "-" + language.tag();
            act(robot, () -> vm.setLanguage(language));
            check(robot, size, at + "-home");
            if (language == KioskLanguage.ARABIC) {
                assertThat(scene.lookup("#kiosk-root").getEffectiveNodeOrientation())
                        .as("Arabic mirrors the whole kiosk").isEqualTo(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT);
            }

            act(robot, vm::toggleHighContrast);
            check(robot, size, at + "-home-contrast");
            act(robot, vm::toggleHighContrast);
            act(robot, vm::toggleLargeText);
            check(robot, size, at + "-home-large");

            // A card with no appointment today stays on home for the next ticket (Mario's would check him in).
            act(robot, () -> vm.cardRead(card(Appointments.NOBODY)));
            check(robot, size, at + "-home-large-card");
            act(robot, () -> vm.cardRead(CardRead.failed(CardReadError.CARD_ERROR, "no answer")));
            check(robot, size, at + "-home-large-card-unreadable");
            act(robot, vm::removeCard);

            act(robot, vm::askPriority);
            check(robot, size, at + "-priority-large");
            act(robot, vm::toggleLargeText);
            check(robot, size, at + "-priority");
            act(robot, () -> vm.choosePriority(PriorityClass.ELDERLY));
            check(robot, size, at + "-home-priority-chosen");
            act(robot, vm::clearPriority);

            act(robot, () -> vm.choose("B")); // counter 1 is open for B
            assertThat(vm.screenProperty().get()).isEqualTo(Screen.CONFIRMATION);
            check(robot, size, at + "-confirmation");
            act(robot, vm::dismissConfirmation);
            act(robot, () -> vm.setLanguage(language));
            act(robot, () -> vm.choose("E")); // no counter open for E
            check(robot, size, at + "-confirmation-no-counter");
            act(robot, vm::dismissConfirmation);

            checkIn(robot, size, language, at);

            act(robot, () -> {
                vm.setLanguage(language);
                vm.askPriority();
            });
            act(robot, () -> time.advance(vm.settings().idleTimeout().minus(vm.settings().idleWarning())
                    .plusSeconds(2)));
            assertThat(vm.idleCountdownProperty().get()).as("the reset is announced").isPositive();
            check(robot, size, at + "-idle-warning");
            act(robot, vm::touched);
            assertThat(vm.screenProperty().get()).as("the citizen stayed").isEqualTo(Screen.PRIORITY);
            act(robot, vm::clearPriority);
        }

        // A citizen who walks away from the check-in screen: back to the start, for the next one.
        act(robot, vm::askCheckIn);
        act(robot, () -> time.advance(vm.settings().idleTimeout().plusSeconds(1)));
        assertThat(vm.screenProperty().get()).as("idle reset from check-in").isEqualTo(Screen.HOME);

        act(robot, desk::down);
        act(robot, () -> time.advance(vm.settings().refreshInterval()));
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.OUT_OF_SERVICE);
        check(robot, size, size.name() + "-out-of-service");
        act(robot, desk::up);
        act(robot, () -> time.advance(vm.settings().retryInterval()));
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.HOME);

        assertThat(CSS_ERRORS).as("CSS parse errors").isEmpty();
        assertThat(LOGGED).as("CSS warnings and failing bindings in the log").isEmpty();
        assertThat(problems).as("what a citizen would see wrong").isEmpty();
        assertThat(screenshots).isGreaterThan(9 * 19);
    }

    /**
     * Check-in (issue 13): the screen that asks for the letter or the card, each kind of refusal (with and without
     * a normal ticket on offer) and the appointment ticket, in the usual, large-text and high-contrast modes.
     */
    private void checkIn(FxRobot robot, ScreenSize size, KioskLanguage language, String at) {
        act(robot, () -> {
            vm.setLanguage(language);
            vm.askCheckIn();
        });
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.CHECK_IN);
        check(robot, size, at + "-checkin");
        if (language.rightToLeft()) {
            assertThat(scene.lookup("#check-in").getEffectiveNodeOrientation())
                    .as("the check-in screen mirrors").isEqualTo(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT);
        }
        act(robot, () -> vm.cardRead(card(DemoPeople.PAOLO_CONTI))); // 16:30: from 14:30
        assertThat(vm.checkIn().walkInOfferedProperty().get()).as("too early: a normal ticket on offer").isTrue();
        Path early = check(robot, size, at + "-checkin-early");
        act(robot, () -> vm.codeScanned(Appointments.altered(letter)));
        assertThat(vm.checkIn().walkInOfferedProperty().get()).as("an altered letter gets nothing").isFalse();
        robot.interact(() -> assertThat(((Labeled) scene.lookup("#checkin-explanation")).getText())
                .as("the screen says why, not the previous refusal").isEqualTo(vm.checkIn().explanationProperty().get()));
        Path altered = check(robot, size, at + "-checkin-altered");
        try {
            // A cached picture once kept the first refusal on the screen: the pixels must change too.
            assertThat(java.nio.file.Files.mismatch(early, altered)).as("the second refusal is drawn").isNotEqualTo(-1L);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        act(robot, () -> vm.cardRead(card(DemoPeople.GIULIA_BIANCHI))); // Thursday
        check(robot, size, at + "-checkin-other-day");
        act(robot, vm::leaveCheckIn);

        act(robot, () -> {
            vm.toggleLargeText();
            vm.askCheckIn();
        });
        check(robot, size, at + "-checkin-large");
        act(robot, () -> vm.cardRead(card(DemoPeople.SARA_ESPOSITO))); // 12:00: too late
        check(robot, size, at + "-checkin-late-large");
        act(robot, () -> {
            vm.leaveCheckIn();
            vm.toggleLargeText();
            vm.toggleHighContrast();
            vm.askCheckIn();
            vm.cardRead(card(Appointments.NOBODY));
        });
        assertThat(vm.checkIn().walkInOfferedProperty().get()).isTrue();
        check(robot, size, at + "-checkin-none-contrast");
        act(robot, () -> {
            vm.leaveCheckIn();
            vm.toggleHighContrast();
            vm.askCheckIn();
        });

        act(robot, () -> vm.codeScanned(letter)); // 14:30, on time from 12:30
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.CONFIRMATION);
        assertThat(vm.confirmation().serviceProperty().get()).contains("14:30").contains("Maria Rossi");
        check(robot, size, at + "-appointment-ticket");
        act(robot, vm::dismissConfirmation);
        act(robot, () -> vm.setLanguage(language));
    }

    private CardRead card(String code) {
        return CardRead.identified(CodiceFiscale.of(code, java.time.LocalDate.of(2026, 11, 24)), CardSource.CHIP);
    }

    private void open(FxRobot robot, ScreenSize size) {
        office = TestOffice.embedded(dir);
        // Booked at 10:00; at 13:00 Mario's 14:30 is on time (check-in from two hours before), Paolo's 16:30 early,
        // Sara's 12:00 late, Giulia's is on Thursday, and nobody booked RSSMRA85T10A562S.
        Appointments day = Appointments.on(office);
        var mario = day.book(DemoPeople.MARIO_ROSSI, "mrossi", LocalDateTime.of(2026, 11, 24, 14, 30));
        day.book(DemoPeople.PAOLO_CONTI, "mrossi", LocalDateTime.of(2026, 11, 24, 16, 30));
        day.book(DemoPeople.SARA_ESPOSITO, "lbianchi", LocalDateTime.of(2026, 11, 24, 12, 0));
        day.book(DemoPeople.GIULIA_BIANCHI, "lbianchi", LocalDateTime.of(2026, 11, 26, 9, 0));
        day.earlyMargin(Duration.ofHours(2));
        letter = day.letter(mario);
        // 13:00 on a Tuesday: service C is closed until 14:30; counter 1 (A, B) is open, nothing serves E or D.
        office.clock().set(LocalDateTime.of(2026, 11, 24, 13, 0).atZone(TestOffice.ROME).toInstant());
        office.connection().queue().openCounter(office.login("mrossi"), 1);
        desk = new SwitchableTicketOffice(new LinkedTicketOffice(InProcessOffice.link(office.connection()),
                Appointments.inProcess(office)));
        time = new ManualScheduler(office.clock());
        robot.interact(() -> {
            vm = new KioskViewModel(desk, new SimulatedTicketPrinter(), new Dispatch(Runnable::run, Runnable::run, time),
                    KioskSettings.defaults().withClock(office.clock()).withScreen(size));
            // Not shown in a window: the headless platform's screen is smaller than a totem. CSS and layout
            // run on the scene all the same (check() drives them), and snapshots draw it.
            scene = KioskApp.scene(vm, size.widthPx(), size.heightPx());
            vm.start();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.HOME);
    }

    private void act(FxRobot robot, Runnable action) {
        robot.interact(action);
    }

    private Path check(FxRobot robot, ScreenSize size, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                scene.getRoot().applyCss();
                scene.getRoot().layout();
            } catch (RuntimeException e) {
                // Name the label JavaFX's text layout fails on, so the failure says where to look.
                for (Node n : ScreenCheck.visible(scene.getRoot())) {
                    if (n instanceof Labeled l) {
                        try {
                            l.prefHeight(l.getWidth() > 0 ? l.getWidth() : -1);
                            l.prefHeight(-1);
                        } catch (RuntimeException again) {
                            throw new AssertionError(name + ": text layout fails for " + l + " \"" + l.getText() + "\" at width "
                                    + l.getWidth() + " font " + l.getFont(), e);
                        }
                    }
                }
                throw e;
            }
            scene.getRoot().resize(scene.getWidth(), scene.getHeight());
            scene.getRoot().layout();
            // The frame lays out its content with the orientation it found; a second pass sees the result.
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            StackPane kiosk = (StackPane) scene.lookup("#kiosk-root");
            Node top = kiosk.getChildren().reversed().stream().filter(Node::isVisible).findFirst().orElseThrow();
            problems.addAll(ScreenCheck.problems(name, top, scene.getWidth(), scene.getHeight(), size.pixelsPerMm()));
            if (vm.screenProperty().get() == Screen.HOME && !vm.largeTextProperty().get()) {
                // Large text may scroll (a quarter more of everything); the usual size must show every service,
                // on a 4:3 panel too, and then no scroll bar.
                javafx.scene.control.ScrollPane services = (javafx.scene.control.ScrollPane) kiosk.lookup("#services-scroll");
                ScreenCheck.hiddenBelowTheFold(name, services).ifPresent(problems::add);
                ScreenCheck.needlessScrollBar(name, services).ifPresent(problems::add);
            }
            if (vm.languageProperty().get() == KioskLanguage.CHINESE) {
                Labeled title = (Labeled) kiosk.lookup(".home-title");
                if (!title.getFont().getFamily().equals("Droid Sans Fallback")) {
                    problems.add(name + ": Chinese drawn with " + title.getFont().getFamily() + ", not the kiosk's own font");
                }
                // That font has no bold: the ticket number stays in the bold Latin font.
                Labeled code = (Labeled) kiosk.lookup(".confirm-code");
                if (code != null && code.isVisible() && !code.getFont().getFamily().equals("DejaVu Sans")) {
                    problems.add(name + ": ticket number drawn with " + code.getFont().getFamily());
                }
            }
        });
        screenshots++;
        return Screenshots.save(scene.getRoot(), "kiosk-screens/" + name);
    }
}
