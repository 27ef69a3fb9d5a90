package org.sportello.selfservice;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.stage.Stage;
import org.sportello.devices.card.CardRead;
import org.sportello.devices.card.CardReader;
import org.sportello.devices.card.ReaderPolling;
import org.sportello.devices.printer.TicketPrinter;
import org.sportello.kiosk.KioskFrame;
import org.sportello.kiosk.language.KioskFonts;
import org.sportello.ui.Dispatch;
import org.sportello.model.offers.OfferSearch;

/**
 * Starts the self-consultation terminal in a stage: a 21.5" full-HD touch panel as a rule, laid out on
 * the kiosk's design canvas ({@link KioskFrame}: 1080 design pixels on the short side, scaled to the
 * window), so 1366x768, 1280x1024 and a portrait 1080x1920 show the same words, never cut.
 */
public final class SelfServiceApp {
    private static boolean fontsLoaded;

    private SelfServiceApp() {
    }

    /**
     * @param officeName the office's name for the header and the printed offers (blocking; called off the UI thread)
     * @param cardReader the health-card reader, watched on a thread of its own; null for none
     */
    public static TerminalViewModel start(Stage stage, OfferSearch offers, Supplier<String> officeName,
                                          TicketPrinter printer, boolean fullScreen, TerminalSettings settings,
                                          CardReader cardReader) {
        Dispatch dispatch = Dispatch.threads("self-service", Platform::runLater);
        TerminalViewModel vm = new TerminalViewModel(offers, officeName, printer, dispatch, settings);
        Scene scene = scene(vm, 1920 / 2.0, 1080 / 2.0);
        stage.setScene(scene);
        stage.setTitle(vm.texts().get("window"));
        if (fullScreen) {
            stage.setFullScreenExitHint("");
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreen(true);
        }
        ReaderPolling<CardRead> cards = cardReader == null ? null
                : ReaderPolling.cards(cardReader, Platform::runLater, vm::cardRead, System::nanoTime).start();
        stage.setOnHidden(e -> {
            vm.stop();
            if (cards != null) {
                cards.close();
            }
            dispatch.close();
        });
        vm.start();
        stage.show();
        return vm;
    }

    /** The terminal's scene around a ViewModel: fonts, stylesheet, the scaling frame and the touch watch. */
    public static Scene scene(TerminalViewModel vm, double width, double height) {
        loadFonts();
        SimpleBooleanProperty landscape = new SimpleBooleanProperty(true);
        KioskFrame frame = new KioskFrame(new TerminalView(vm, landscape).root(),
                vm.displayModes().largeTextProperty(), landscape);
        Scene scene = new Scene(frame, width, height);
        scene.getStylesheets().add(SelfServiceApp.class.getResource("selfservice.css").toExternalForm());
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> vm.touched());
        scene.addEventFilter(TouchEvent.TOUCH_PRESSED, e -> vm.touched());
        return scene;
    }

    private static synchronized void loadFonts() {
        if (fontsLoaded) {
            return;
        }
        for (String font : new String[] {KioskFonts.SANS, KioskFonts.SANS_BOLD}) {
            try (var in = KioskFonts.open(font)) {
                if (javafx.scene.text.Font.loadFont(in, 12) == null) {
                    throw new IllegalStateException("JavaFX could not load " + font);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        fontsLoaded = true;
    }
}
