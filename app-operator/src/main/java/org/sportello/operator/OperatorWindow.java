package org.sportello.operator;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.sportello.operator.desk.DeskSession;
import org.sportello.operator.desk.DeskView;
import org.sportello.operator.desk.DeskViewModel;
import org.sportello.operator.documents.DeskPrinters;
import org.sportello.operator.login.LoginView;
import org.sportello.operator.login.LoginViewModel;
import org.sportello.operator.office.OfficeBanner;
import org.sportello.link.OfficeLink;
import org.sportello.operator.office.OfficeStatus;
import org.sportello.operator.office.OfficeWork;
import org.sportello.operator.ui.FitToWindow;
import org.sportello.operator.ui.Messages;
import org.sportello.operator.ui.Screen;
import org.sportello.operator.ui.Workers;
import org.sportello.devices.card.BadgeReader;
import org.sportello.devices.card.CardRead;
import org.sportello.devices.card.ReaderPolling;
import org.sportello.devices.card.CardReader;
import org.sportello.operator.wedge.BadgePolling;
import org.sportello.operator.wedge.WedgeInput;

/**
 * One operator window: the office banner on top, the login or the desk below, one worker thread
 * for the office's calls, a one-second tick for the screen and a two-second retry while the office is
 * down. When the server says the operator's session is over, the window goes back to the login and
 * says why; the counter and its ticket stay as they are on the server for the next login.
 */
final class OperatorWindow {
    static final double WIDTH = 1366;
    static final double HEIGHT = 768;

    private final Stage stage;
    private final Clock clock;
    private final Messages messages = new Messages();
    private final ExecutorService officeThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "operator-office-work");
        t.setDaemon(true);
        return t;
    });
    private final OfficeStatus status;
    private final OfficeWork work;
    private final BorderPane shell = new BorderPane();
    private final Timeline tick;
    private final Timeline retry;
    private final WedgeInput wedge;
    private final BadgePolling badges;
    private final ReaderPolling<CardRead> cards;
    private final DeskPrinters printers;
    private Screen screen;
    private DeskViewModel desk;
    private int lastCounter;

    OperatorWindow(Stage stage, OfficeLink link, Clock clock, Runnable onClosed) {
        this(stage, link, clock, onClosed, null);
    }

    /** {@code badgeReader}: a PC/SC reader whose badge UIDs log in on the login screen; null for none. */
    OperatorWindow(Stage stage, OfficeLink link, Clock clock, Runnable onClosed, BadgeReader badgeReader) {
        this(stage, link, clock, onClosed, badgeReader, null, DeskPrinters.defaults());
    }

    /**
     * {@code cardReader}: a health-card reader at the desk (the TS-CNS chip over PC/SC, or a serial
     * reader) whose codes go with the ticket being served; null for none. {@code printers}: the
     * workstation's A4 printer and the counter's ticket printer (ADR 20).
     */
    OperatorWindow(Stage stage, OfficeLink link, Clock clock, Runnable onClosed, BadgeReader badgeReader,
                   CardReader cardReader, DeskPrinters printers) {
        this.stage = stage;
        this.printers = printers;
        this.clock = clock;
        Workers workers = new Workers(officeThread, Platform::runLater);
        this.status = new OfficeStatus(link, workers);
        this.work = new OfficeWork(link, status, workers, messages);
        work.onSessionEnded(this::sessionEnded);
        shell.getStyleClass().add("operator-shell");
        shell.setTop(new OfficeBanner(status, messages));

        // Designed for 1366x768; larger displays draw it larger rather than leave it small (issue 14).
        Scene scene = new Scene(new FitToWindow(shell, WIDTH, HEIGHT), WIDTH, HEIGHT);
        scene.getStylesheets().add(Objects.requireNonNull(
                OperatorWindow.class.getResource("operator.css"), "operator.css").toExternalForm());
        scene.addEventFilter(KeyEvent.ANY, e -> {
            if (screen != null) {
                screen.onKey(e);
            }
        });
        // Badge and card readers that type like a keyboard: their bursts go to the screen on show.
        wedge = WedgeInput.defaults(burst -> screen != null && screen.onScan(burst));
        wedge.install(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(messages.bind("app.title"));
        stage.setMinWidth(1024);
        stage.setMinHeight(700);

        tick = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            if (screen != null) {
                screen.tick();
            }
        }));
        tick.setCycleCount(Animation.INDEFINITE);
        retry = new Timeline(new KeyFrame(Duration.seconds(2), e -> status.retry()));
        retry.setCycleCount(Animation.INDEFINITE);

        badges = badgeReader == null ? null : new BadgePolling(badgeReader, Platform::runLater, uid -> {
            if (screen instanceof LoginView login) {
                login.onScan(uid);
            }
        }, System::nanoTime).start();
        cards = cardReader == null ? null : ReaderPolling.cards(cardReader, Platform::runLater, read -> {
            if (desk != null) {
                desk.citizenCard().accept(read); // on the login screen a card means nothing
            }
        }, System::nanoTime).start();
        stage.setOnHidden(e -> close(onClosed));
        showLogin();
        tick.play();
        retry.play();
    }

    private void showLogin() {
        showLogin(null);
    }

    /** {@code why}: what the login screen says first (the server's words), or null. */
    private void showLogin(String why) {
        desk = null;
        LoginViewModel model = new LoginViewModel(work, this::showDesk);
        model.preferCounter(lastCounter);
        show(new LoginView(model, messages));
        model.loadCounters();
        if (why != null) {
            model.say(why);
        }
    }

    private void sessionEnded(String why) {
        if (desk == null) {
            return; // already at the login (a late answer for a desk that has gone)
        }
        DeskViewModel gone = desk;
        gone.dispose();
        var session = gone.session().operator();
        work.submit(s -> {
            work.seat().leave(session);
            return true;
        }, ok -> { }, failure -> { });
        showLogin(why);
    }

    private void showDesk(DeskSession session) {
        lastCounter = session.counter().number();
        desk = new DeskViewModel(session, work, clock, this::showLogin, printers);
        show(new DeskView(desk));
        desk.start();
    }

    private void show(Screen next) {
        if (screen != null) {
            screen.dispose();
        }
        screen = next;
        shell.setCenter(next.root());
        next.shown();
    }

    private void close(Runnable onClosed) {
        tick.stop();
        retry.stop();
        wedge.uninstall();
        if (badges != null) {
            badges.close();
        }
        if (cards != null) {
            cards.close();
        }
        if (desk != null) {
            desk.leave();
        }
        if (screen != null) {
            screen.dispose();
        }
        officeThread.shutdown();
        // Let the counter close before the caller shuts the connection; never on the UI thread.
        Thread.ofPlatform().daemon().name("operator-window-close").start(() -> {
            try {
                officeThread.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
            if (onClosed != null) {
                onClosed.run();
            }
        });
    }

    Stage stage() {
        return stage;
    }
}
