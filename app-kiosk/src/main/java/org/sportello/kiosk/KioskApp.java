package org.sportello.kiosk;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.stage.Stage;
import org.sportello.devices.card.CardRead;
import org.sportello.devices.card.ReaderPolling;
import org.sportello.devices.card.CardReader;
import org.sportello.devices.card.WedgeCardReader;
import org.sportello.devices.printer.TicketPrinter;
import org.sportello.devices.scanner.BarcodeScanner;
import org.sportello.devices.scanner.WedgeBarcodeScanner;
import org.sportello.kiosk.card.WedgeKeys;
import org.sportello.link.OfficeLink;
import javafx.beans.property.SimpleBooleanProperty;
import org.sportello.kiosk.language.KioskFonts;
import org.sportello.kiosk.language.KioskLanguage;
import org.sportello.ui.Dispatch;

/**
 * Starts the ticket kiosk in a stage. Laid out for a 1080x1920 portrait touchscreen, the usual
 * floor-standing totem, and for landscape panels (1024x768 up to 1920x1080): see {@link KioskFrame}.
 */
public final class KioskApp {
    public static final double WIDTH = 1080;
    public static final double HEIGHT = 1920;
    private static boolean fontsLoaded;

    private KioskApp() {
    }

    public static KioskViewModel start(Stage stage, OfficeLink office, TicketPrinter printer, boolean fullScreen) {
        return start(stage, office, printer, fullScreen, KioskSettings.defaults(), null);
    }

    /** The demo's kiosk, with its simulated health-card reader. */
    public static KioskViewModel start(Stage stage, OfficeLink office, TicketPrinter printer, boolean fullScreen,
                                       CardReader cardReader) {
        return start(stage, office, printer, fullScreen, KioskSettings.defaults(), cardReader);
    }

    /**
     * For the launcher (a station's link to an office server that may be away now) and for tests (their
     * clock and timings).
     */
    public static KioskViewModel start(Stage stage, OfficeLink office, TicketPrinter printer, boolean fullScreen,
                                       KioskSettings settings) {
        return start(stage, office, printer, fullScreen, settings, null);
    }

    /**
     * With the workstation's health-card reader ({@code cardreader.*} of its devices file), watched on
     * a thread of its own; null for a kiosk without one.
     */
    public static KioskViewModel start(Stage stage, OfficeLink office, TicketPrinter printer, boolean fullScreen,
                                       KioskSettings settings, CardReader cardReader) {
        return start(stage, office, printer, fullScreen, settings, cardReader, null);
    }

    /**
     * With the workstation's barcode scanner too ({@code scanner.*}), for the QR of appointment letters; null for a
     * kiosk without one. A keyboard-wedge scanner is read from the window's keys; others on their own thread.
     */
    public static KioskViewModel start(Stage stage, OfficeLink office, TicketPrinter printer, boolean fullScreen,
                                       KioskSettings settings, CardReader cardReader, BarcodeScanner scanner) {
        Dispatch dispatch = Dispatch.threads("kiosk", Platform::runLater);
        KioskViewModel vm = new KioskViewModel(new LinkedTicketOffice(office), printer, dispatch, settings);
        Scene scene = scene(vm, WIDTH / 2, HEIGHT / 2);
        stage.setScene(scene);
        stage.setTitle(KioskViewModel.text(KioskLanguage.first(), "kiosk.window"));
        if (fullScreen) {
            // A public kiosk: no "press Esc to exit" hint, and no key leaves full screen.
            stage.setFullScreenExitHint("");
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreen(true);
        }
        // A letter's QR read by a wedge reader (the card reader's, or the scanner's) comes as keys, on the FX thread.
        WedgeCardReader wedgeCards = cardReader instanceof WedgeCardReader w ? w : null;
        if (wedgeCards != null || scanner instanceof WedgeBarcodeScanner) {
            new WedgeKeys(wedgeCards, vm::codeScanned).install(scene);
        }
        if (scanner != null && !(scanner instanceof WedgeBarcodeScanner)) {
            scanner.addListener(scan -> Platform.runLater(() -> vm.codeScanned(scan.text())));
            scanner.start();
        }
        ReaderPolling<CardRead> cards = cardReader == null ? null
                : ReaderPolling.cards(cardReader, Platform::runLater, vm::cardRead, System::nanoTime).start();
        stage.setOnHidden(e -> {
            vm.stop();
            if (cards != null) {
                cards.close();
            }
            if (scanner != null) {
                scanner.close();
            }
            dispatch.close();
        });
        vm.start();
        stage.show();
        return vm;
    }

    /** The kiosk's scene around a ViewModel: its fonts, stylesheet, frame and touch watch. */
    public static Scene scene(KioskViewModel vm, double width, double height) {
        loadFonts();
        SimpleBooleanProperty landscape = new SimpleBooleanProperty(false);
        KioskFrame frame = new KioskFrame(new KioskView(vm, landscape).root(), vm.largeTextProperty(), landscape,
                KioskFrame.KIOSK_LANDSCAPE_WIDTH);
        Scene scene = new Scene(frame, width, height);
        scene.getStylesheets().add(KioskApp.class.getResource("kiosk.css").toExternalForm());
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> vm.touched());
        scene.addEventFilter(TouchEvent.TOUCH_PRESSED, e -> vm.touched());
        return scene;
    }

    /** The kiosk's own fonts, by family name for the stylesheet: "DejaVu Sans", "Droid Sans Fallback". */
    static synchronized void loadFonts() {
        if (fontsLoaded) {
            return;
        }
        for (String font : new String[] {KioskFonts.SANS, KioskFonts.SANS_BOLD, KioskFonts.CJK}) {
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
