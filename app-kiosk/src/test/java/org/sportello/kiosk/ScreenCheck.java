package org.sportello.kiosk;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.FontWeight;

/**
 * What a person would see wrong on one kiosk screen, measured on the live scene graph: words cut
 * ("…"), controls outside the window, texts that show a key instead of words, text too faint on its
 * background (WCAG 2.2 AA: 4.5:1, 3:1 for large text), touch targets under 9 mm on the screen, a word broken
 * across lines or a text outside its tile ({@link org.sportello.screens.ScreenRules#textFit}).
 * Runs on the FX thread; returns the problems, each naming the node and the screen.
 */
public final class ScreenCheck {
    static final double MIN_TARGET_MM = 9;

    private ScreenCheck() {
    }

    public static List<String> problems(String screen, Node top, double windowWidth, double windowHeight, double pixelsPerMm) {
        List<String> found = new ArrayList<>();
        for (Node n : visible(top)) {
            Bounds b = n.localToScene(n.getLayoutBounds());
            // In a scroll pane a control below the fold is reached by a swipe; it must still fit across.
            boolean scrolls = scrolled(n);
            if (n instanceof Control && (b.getMinX() < -1 || b.getMaxX() > windowWidth + 1
                    || (!scrolls && (b.getMinY() < -1 || b.getMaxY() > windowHeight + 1)))) {
                found.add(screen + ": " + describe(n) + " outside the window " + b);
            }
            if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
                String text = l.getText();
                if (l.isTextTruncated() || (l instanceof KioskLabel k && k.dropsWords())) {
                    found.add(screen + ": cut text in " + describe(n));
                }
                if (text.matches("(?s).*!\\w[\\w.]*!.*") || text.contains("{0") || text.contains("{1")) {
                    found.add(screen + ": a key or a placeholder instead of words in " + describe(n));
                }
                contrast(screen, l, b).ifPresent(found::add);
            }
            if (n instanceof ButtonBase button && button.getGraphic() != null && button.getHeight() > 0
                    && button.getHeight() + 1 < button.prefHeight(button.getWidth())) {
                // A tile's or a switch's words and symbol are drawn past its edge when it is squeezed (no "…"
                // to tell): the Chinese switch names were cut in half, the priority request spilled over a tile.
                found.add(String.format("%s: squeezed %s: %.0f px high, its words need %.0f", screen, describe(n),
                        button.getHeight(), button.prefHeight(button.getWidth())));
            }
            if (n instanceof ButtonBase button && !button.isDisabled()) {
                double minMm = Math.min(b.getWidth(), b.getHeight()) / pixelsPerMm;
                if (minMm < MIN_TARGET_MM) {
                    found.add(screen + ": touch target " + describe(n) + " is " + Math.round(minMm * 10) / 10.0 + " mm");
                }
            }
        }
        // A word split across lines, words drawn over their tile's edge: the same rules as the desk's and the
        // hall display's screens, from the one copy in app-support.
        org.sportello.screens.ScreenRules.textFit(top).forEach(f -> found.add(screen + ": " + f));
        return found;
    }

    /**
     * What a scroll pane hides below its fold: on a screen meant to show everything at once (the kiosk's
     * services in the usual text size) a citizen does not know to swipe, and never sees those services.
     */
    public static java.util.Optional<String> hiddenBelowTheFold(String screen, javafx.scene.control.ScrollPane pane) {
        // Where the lowest control inside is drawn, not the height the content was given: a pane laid out
        // before the screen turned to landscape may keep a taller one, with nothing in it, until the next pulse.
        Node inside = pane.getContent();
        double content = 0;
        for (Node n : visible(inside)) {
            if (n instanceof Control) {
                content = Math.max(content, inside.sceneToLocal(n.localToScene(n.getLayoutBounds())).getMaxY());
            }
        }
        double shown = pane.getViewportBounds().getHeight();
        if (content > shown + 1) {
            return java.util.Optional.of(String.format("%s: %s shows %.0f of its %.0f design px, the rest only by a swipe",
                    screen, describe(pane), shown, content));
        }
        return java.util.Optional.empty();
    }

    /**
     * A scroll bar beside services that all show: it takes a tile's width for nothing and tells the citizen
     * there is more below when there is not.
     */
    public static java.util.Optional<String> needlessScrollBar(String screen, javafx.scene.control.ScrollPane pane) {
        boolean barShown = pane.lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof javafx.scene.control.ScrollBar b
                        && b.getOrientation() == javafx.geometry.Orientation.VERTICAL)
                .anyMatch(n -> n.isVisible() && ((Region) n).getWidth() > 0);
        if (barShown && hiddenBelowTheFold(screen, pane).isEmpty()) {
            return java.util.Optional.of(screen + ": " + describe(pane) + " shows a scroll bar with nothing to scroll to");
        }
        return java.util.Optional.empty();
    }

    private static boolean scrolled(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane) {
                return true;
            }
        }
        return false;
    }

    /** WCAG contrast ratio of two colours (alpha ignored). */
    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static java.util.Optional<String> contrast(String screen, Labeled l, Bounds sceneBounds) {
        if (!(l.getTextFill() instanceof Color fill)) {
            return java.util.Optional.empty();
        }
        double opacity = 1;
        Color background = null;
        for (Node n = l; n != null && background == null; n = n.getParent()) {
            opacity *= n.getOpacity();
            if (n instanceof Region r) {
                background = opaqueFill(r.getBackground());
            }
        }
        if (background == null) {
            background = Color.WHITE;
        }
        // A faded control's words are a mix of their colour and what lies behind.
        Color seen = fill.interpolate(background, 1 - opacity * fill.getOpacity());
        double ratio = ratio(seen, background);
        double scale = sceneBounds.getHeight() / Math.max(1, l.getLayoutBounds().getHeight());
        double px = l.getFont().getSize() * scale;
        boolean bold = l.getFont().getStyle().toLowerCase().contains("bold")
                || FontWeight.findByName(l.getFont().getStyle()) == FontWeight.BOLD;
        boolean large = px >= 24 || (bold && px >= 18.66);
        double needed = large ? 3 : 4.5;
        if (ratio + 1e-9 < needed) {
            return java.util.Optional.of(String.format("%s: contrast %.2f:1 (needs %.1f) for \"%s\" %s on %s in %s",
                    screen, ratio, needed, abbreviate(l.getText()), seen, background, describe(l)));
        }
        return java.util.Optional.empty();
    }

    private static Color opaqueFill(Background background) {
        if (background == null) {
            return null;
        }
        List<BackgroundFill> fills = background.getFills();
        for (int i = fills.size() - 1; i >= 0; i--) {
            if (fills.get(i).getFill() instanceof Color c && c.getOpacity() > 0.5) {
                return c;
            }
        }
        return null;
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    public static List<Node> visible(Node top) {
        List<Node> out = new ArrayList<>();
        collect(top, out);
        return out;
    }

    private static void collect(Node n, List<Node> out) {
        if (!n.isVisible()) {
            return;
        }
        out.add(n);
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    private static String describe(Node n) {
        String id = n.getId() != null ? "#" + n.getId() : String.join(".", n.getStyleClass());
        String text = n instanceof Labeled l && l.getText() != null ? " \"" + abbreviate(l.getText()) + "\"" : "";
        return n.getClass().getSimpleName() + "(" + id + ")" + text;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
