package org.sportello.screens;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.text.BreakIterator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javafx.css.CssParser;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.Border;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javax.imageio.ImageIO;

/**
 * What a person would see wrong on a screen, as a list of findings: a text from a missing bundle
 * entry ({@code !key!}), a label cut with an ellipsis, a word broken across lines, a text running out of its tile,
 * a field's value or hint wider than the field, a control partly outside the window, the
 * keyboard elsewhere than where the user types next; and JavaFX's CSS complaints while it ran.
 * Call {@link #findings} on the JavaFX thread. One copy for every app's screen tests (kiosk, display, desk),
 * shipped in app-support's test-jar.
 */
public final class ScreenRules {
    /** The displays a desk and a hall display meet: old 4:3, small laptop, full HD, 4K. */
    public static final List<Size> SIZES = List.of(new Size(1024, 768), new Size(1366, 768), new Size(1920, 1080),
            new Size(3840, 2160));
    /**
     * JavaFX's headless platform paints windows into one 1000x1000 frame buffer and fails on a taller
     * window: larger displays are laid out in a scene of their size outside any window (see {@link #offWindow}).
     */
    public static final int HEADLESS_LIMIT = 1000;
    private static final Pattern MISSING_TEXT = Pattern.compile("![A-Za-z][\\w.]*!");
    /** A separator with nothing on one side: a part of the message was empty ("10:30–11:00 ·"). */
    private static final Pattern DANGLING_SEPARATOR = Pattern.compile("^\\s*·|·\\s*$|·\\s*·");

    public record Size(int width, int height) {
        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    private ScreenRules() {
    }

    /** Everything wrong on the scene now; {@code focusId} is where the keyboard should be, or null for anywhere. */
    public static List<String> findings(Scene scene, String focusId) {
        List<String> out = new ArrayList<>();
        visit(scene.getRoot(), scene, false, out);
        if (focusId != null) {
            Node focus = scene.getFocusOwner();
            if (focus == null || !isOrIsIn(focus, focusId)) {
                out.add("keyboard focus on " + describe(focus) + ", expected #" + focusId);
            }
        }
        return out;
    }

    private static void visit(Node node, Scene scene, boolean scrolled, List<String> out) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        String text = text(node);
        if (text != null && MISSING_TEXT.matcher(text).find()) {
            out.add("missing text " + describe(node) + ": " + text);
        }
        if (node instanceof Labeled && text != null && DANGLING_SEPARATOR.matcher(text).find()) {
            out.add("a part missing around a separator " + describe(node) + ": \"" + text + "\"");
        }
        if (node instanceof Labeled l && l.isTextTruncated() && !explainedByTooltip(l)) {
            out.add("cut text " + describe(node) + ": \"" + l.getText() + "\"");
        }
        if (node instanceof javafx.scene.control.ListCell<?> cell && rowCut(cell)) {
            out.add("cut list row " + describe(node) + ": " + cell.getGraphic());
        }
        if (node instanceof javafx.scene.control.TextField f && promptCut(f)) {
            out.add("cut prompt " + describe(node) + ": \"" + f.getPromptText() + "\"");
        }
        if (node instanceof javafx.scene.control.TextField f && valueCut(f)) {
            out.add("cut value " + describe(node) + ": \"" + f.getText() + "\"");
        }
        textFit(node, scene.getRoot(), out);
        if (!scrolled && (node instanceof Control || node instanceof Text) && isOutside(node, scene)) {
            Bounds b = node.localToScene(node.getLayoutBounds());
            out.add(String.format("outside the window %s: [%.0f,%.0f]-[%.0f,%.0f] in %.0fx%.0f", describe(node),
                    b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY(), scene.getWidth(), scene.getHeight()));
        }
        if (node instanceof Parent p) {
            // What a scroll pane or a list holds may lie beyond the window: the pane itself may not.
            boolean inner = scrolled || node instanceof ScrollPane || node instanceof javafx.scene.control.ListView;
            // A clipped container shows only its inside: its children are checked against the clip by the eye.
            inner = inner || node.getClip() != null;
            for (Node child : p.getChildrenUnmodifiable()) {
                visit(child, scene, inner, out);
            }
        }
    }

    /**
     * Only the two rules on how a text fits its place, over the visible part of {@code top}: a word broken across
     * lines, a text drawn outside its box. For screens checked by a checker of their own (the kiosk's and the
     * self-service terminal's), which says the rest its own way. Call on the JavaFX thread, after layout.
     */
    public static List<String> textFit(Node top) {
        Node root = top;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        if (top.getScene() != null) {
            root = top.getScene().getRoot();
        }
        List<String> out = new ArrayList<>();
        textFitUnder(top, root, out);
        return out;
    }

    private static void textFitUnder(Node node, Node root, List<String> out) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        textFit(node, root, out);
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                textFitUnder(child, root, out);
            }
        }
    }

    private static void textFit(Node node, Node root, List<String> out) {
        String broken = brokenWord(node);
        if (broken != null) {
            out.add("word broken " + describe(node) + ": \"" + broken + "\" in \"" + text(node) + "\"");
        }
        if (isOutsideItsBox(node, root)) {
            out.add("text outside its box " + describe(node) + ": \"" + text(node) + "\"");
        }
    }

    private static String text(Node node) {
        if (node instanceof Labeled l) {
            return l.getText();
        }
        if (node instanceof TextInputControl t) {
            return t.getText() + " " + t.getPromptText();
        }
        if (node instanceof Text t) {
            return t.getText();
        }
        return null;
    }

    /**
     * An empty field whose hint is wider than the field: JavaFX clips it without an ellipsis, so
     * {@code isTextTruncated} never says so, and the user reads half an example ("es. 08:30-12:30 14:30-17:0").
     */
    private static boolean promptCut(javafx.scene.control.TextField f) {
        String prompt = f.getPromptText();
        if (prompt == null || prompt.isBlank() || (f.getText() != null && !f.getText().isEmpty()) || f.getWidth() <= 0) {
            return false;
        }
        Text measure = new Text(prompt);
        measure.setFont(f.getFont());
        double room = f.getWidth() - f.snappedLeftInset() - f.snappedRightInset();
        return measure.getLayoutBounds().getWidth() > room + 1;
    }

    /**
     * A field narrower than the value it shows: the field scrolls it, with no ellipsis, and the operator reads half
     * an address ("selezione@felsinee.examp" in the vacancy form at 1024 px). Password fields show dots instead.
     */
    private static boolean valueCut(javafx.scene.control.TextField f) {
        String value = f.getText();
        if (value == null || value.isEmpty() || f instanceof javafx.scene.control.PasswordField || f.getWidth() <= 0) {
            return false;
        }
        Text measure = new Text(value);
        measure.setFont(f.getFont());
        double room = f.getWidth() - f.snappedLeftInset() - f.snappedRightInset();
        return measure.getLayoutBounds().getWidth() > room + 1;
    }

    /**
     * A list row drawn shorter than what it holds: the list clips it, with no ellipsis to say so (the
     * first counter at login showed half its services' second line).
     */
    private static boolean rowCut(javafx.scene.control.ListCell<?> cell) {
        Node graphic = cell.getGraphic();
        if (graphic == null || cell.isEmpty() || cell.getHeight() <= 0 || !graphic.isVisible()) {
            return false;
        }
        double room = cell.getHeight() - cell.snappedTopInset() - cell.snappedBottomInset();
        double needed = graphic.prefHeight(graphic.getLayoutBounds().getWidth());
        return needed > room + 1;
    }

    /**
     * The first word too wide for the width a wrapping label or text gives its lines, or null: JavaFX then breaks
     * the word across lines wherever it runs out ("Appuntamen / ti"), with no ellipsis and no flag to say so.
     * Words are cut where JavaFX itself may wrap (a line break iterator: spaces, after a hyphen or a slash).
     * Chinese has no spaces: the iterator breaks between any two ideographs (a break a Chinese reader expects),
     * so a Chinese "word" here is one ideograph with its punctuation, and a Chinese line is never reported
     * for wrapping where it must. Arabic wraps at its spaces as Latin does.
     */
    private static String brokenWord(Node node) {
        if (node instanceof Labeled l && l.isWrapText()) {
            return widerThan(l.getText(), l.getFont(), labelRoom(l));
        }
        // A label's own text is the label's business (above): only texts placed by a view.
        if (node instanceof Text t && t.getWrappingWidth() > 0 && !(t.getParent() instanceof Labeled)) {
            return widerThan(t.getText(), t.getFont(), t.getWrappingWidth());
        }
        return null;
    }

    /**
     * The width a wrapping label lays its lines in: its own width less its padding, less the graphic and the gap
     * when the graphic stands beside the text. (A check box's box is not taken off: a word broken beside it would
     * go unreported, never a whole word reported.)
     */
    private static double labelRoom(Labeled l) {
        if (l.getWidth() <= 0 || l.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
            return 0;
        }
        double room = l.getWidth() - l.snappedLeftInset() - l.snappedRightInset();
        Node graphic = l.getGraphic();
        if (graphic != null && graphic.isVisible() && (l.getContentDisplay() == ContentDisplay.LEFT
                || l.getContentDisplay() == ContentDisplay.RIGHT)) {
            room -= graphic.getLayoutBounds().getWidth() + l.getGraphicTextGap();
        }
        return room;
    }

    private static String widerThan(String text, Font font, double room) {
        if (text == null || text.isBlank() || room <= 0) {
            return null;
        }
        BreakIterator lines = BreakIterator.getLineInstance();
        lines.setText(text);
        for (int start = lines.first(), end = lines.next(); end != BreakIterator.DONE; start = end, end = lines.next()) {
            String word = text.substring(start, end).strip();
            if (word.isEmpty()) {
                continue;
            }
            Text measure = new Text(word);
            measure.setFont(font);
            if (measure.getLayoutBounds().getWidth() > room + 1) {
                return word;
            }
        }
        return null;
    }

    /**
     * A text drawn past the edge of the nearest box around it (a tile, a card, a button: a region that paints a
     * background or a border): it runs over the box's edge onto what lies beside it. Not judged, on purpose:
     * a text placed by hand (unmanaged or moved by a translation, as a badge over a tile's corner is), a text
     * whose way up to its box passes a clip, a scroll pane or a list (what they hold may extend, they show a
     * part of it), and the window's root (the window rule says it).
     */
    private static boolean isOutsideItsBox(Node node, Node root) {
        Bounds drawn = drawnText(node);
        if (drawn == null || drawn.getWidth() <= 0 || drawn.getHeight() <= 0 || placedByHand(node)) {
            return false;
        }
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n == root || n.getClip() != null || n instanceof ScrollPane
                    || n instanceof javafx.scene.control.ListView) {
                return false;
            }
            if (n instanceof Region r && drawsBox(r)) {
                Bounds box = r.localToScene(r.getLayoutBounds());
                double slack = 1;
                return drawn.getMinX() < box.getMinX() - slack || drawn.getMinY() < box.getMinY() - slack
                        || drawn.getMaxX() > box.getMaxX() + slack || drawn.getMaxY() > box.getMaxY() + slack;
            }
            if (placedByHand(n)) {
                return false;
            }
        }
        return false;
    }

    /** Where the glyphs are, in the scene: a label's text node (its own box may be wider), or a text itself. */
    private static Bounds drawnText(Node node) {
        if (node instanceof Labeled l) {
            if (l.getText() == null || l.getText().isBlank()) {
                return null;
            }
            for (Node part : l.getChildrenUnmodifiable()) {
                if (part instanceof Text t && t.isVisible()) {
                    return t.localToScene(t.getLayoutBounds());
                }
            }
            return null;
        }
        if (node instanceof Text t && !(t.getParent() instanceof Labeled) && t.getText() != null
                && !t.getText().isBlank()) {
            return t.localToScene(t.getLayoutBounds());
        }
        return null;
    }

    private static boolean placedByHand(Node n) {
        return !n.isManaged() || n.getTranslateX() != 0 || n.getTranslateY() != 0;
    }

    private static boolean drawsBox(Region r) {
        Background bg = r.getBackground();
        if (bg != null && (!bg.getImages().isEmpty()
                || bg.getFills().stream().anyMatch(f -> seen(f.getFill())))) {
            return true;
        }
        Border border = r.getBorder();
        return border != null && (!border.getImages().isEmpty() || border.getStrokes().stream()
                .anyMatch(s -> seen(s.getTopStroke()) || seen(s.getBottomStroke())
                        || seen(s.getLeftStroke()) || seen(s.getRightStroke())));
    }

    private static boolean seen(Paint paint) {
        return paint != null && !(paint instanceof Color c && c.getOpacity() == 0);
    }

    /** A label that is short on purpose and whole in its tooltip. */
    private static boolean explainedByTooltip(Labeled l) {
        Tooltip t = l.getTooltip();
        return t != null && t.getText() != null && t.getText().contains(l.getText().strip());
    }

    private static boolean isOutside(Node node, Scene scene) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        if (b.getWidth() <= 0 || b.getHeight() <= 0) {
            return false;
        }
        double slack = 1;
        return b.getMinX() < -slack || b.getMinY() < -slack || b.getMaxX() > scene.getWidth() + slack
                || b.getMaxY() > scene.getHeight() + slack;
    }

    private static boolean isOrIsIn(Node focus, String id) {
        for (Node n = focus; n != null; n = n.getParent()) {
            if (id.equals(n.getId())) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Node node) {
        if (node == null) {
            return "nothing";
        }
        String id = node.getId() != null ? "#" + node.getId() : "";
        Node named = node;
        while (id.isEmpty() && named.getParent() != null) {
            named = named.getParent();
            id = named.getId() != null ? " in #" + named.getId() : "";
        }
        // Style classes as CSS writes them: the list's own toString runs them together ("Labellabel").
        StringBuilder classes = new StringBuilder();
        node.getStyleClass().forEach(c -> classes.append('.').append(c));
        return node.getClass().getSimpleName() + classes + id;
    }

    /**
     * The window's content laid out in a scene of the given size outside the window, checked and
     * saved, then put back. Keys do not reach it there; what has the keyboard stays as it was.
     */
    public static List<String> offWindow(Scene window, Size size, String focusId, Path folder, String name) {
        return offWindow(window, size, focusId, folder, name, big -> List.of());
    }

    /**
     * As {@link #offWindow(Scene, Size, String, Path, String)}, with {@code check} also run on the scene while it is
     * laid out at that size (the screen's own rules; it must look nodes up in the scene it is given).
     */
    public static List<String> offWindow(Scene window, Size size, String focusId, Path folder, String name,
                                         Function<Scene, List<String>> check) {
        Parent root = window.getRoot();
        Node focus = window.getFocusOwner();
        window.setRoot(new javafx.scene.Group());
        Scene big = new Scene(root, size.width(), size.height());
        big.getStylesheets().setAll(window.getStylesheets());
        try {
            if (focus != null) {
                focus.requestFocus();
            }
            big.snapshot(null); // CSS and layout at this size
            root.applyCss();
            root.layout();
            List<String> out = new ArrayList<>(findings(big, focusId));
            out.addAll(check.apply(big));
            save(big, folder, name);
            return out;
        } finally {
            big.setRoot(new javafx.scene.Group());
            window.setRoot(root);
            if (focus != null) {
                focus.requestFocus();
            }
        }
    }

    /** The scene as a PNG under the screenshots folder; its path. */
    public static Path save(Scene scene, Path folder, String name) {
        BufferedImage png = SwingFXUtils.fromFXImage(scene.snapshot(null), null);
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(name + ".png");
            ImageIO.write(png, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * JavaFX's CSS messages (a rule that does not parse, a value that does not resolve) while it is
     * installed. JavaFX logs them and goes on without the style: without this they are lost.
     */
    public static final class CssLog extends Handler implements AutoCloseable {
        private static final List<String> LOGGERS = List.of("javafx.css", "javafx.scene.CssStyleHelper");
        private final List<String> messages = new CopyOnWriteArrayList<>();
        private final List<Logger> loggers = new ArrayList<>();

        public CssLog() {
            for (String name : LOGGERS) {
                Logger logger = Logger.getLogger(name);
                logger.addHandler(this);
                loggers.add(logger);
            }
        }

        /** Parses a stylesheet afresh: the scene's copy may have been parsed (and complained about) before. */
        public CssLog parse(URL stylesheet) {
            try {
                new CssParser().parse(stylesheet);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            CssParser.errorsProperty().forEach(e -> messages.add(e.toString()));
            CssParser.errorsProperty().clear();
            return this;
        }

        public List<String> messages() {
            return List.copyOf(messages);
        }

        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                messages.add(r.getLoggerName() + ": " + r.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            loggers.forEach(l -> l.removeHandler(this));
        }
    }
}
