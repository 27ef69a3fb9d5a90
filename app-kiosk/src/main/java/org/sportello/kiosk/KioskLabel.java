package org.sportello.kiosk;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.text.Text;

/**
 * A label whose words wrap to its width. Latin, Cyrillic and Chinese wrap as any JavaFX label does.
 * Right-to-left text (Arabic) is broken into lines here, at spaces, and shown unwrapped: JavaFX
 * 26.0.2's own wrapping of right-to-left runs fails with an ArrayIndexOutOfBoundsException in
 * {@code PrismTextLayout.computeTrailingSpaceWidth} as soon as a line breaks, which would stop the
 * whole screen from laying out. Set the words with {@link #wordsProperty()}, not {@code setText}.
 */
public final class KioskLabel extends Label {
    private final StringProperty words = new SimpleStringProperty(this, "words", "");
    private final Text measure = new Text();
    private boolean oneLine;
    private boolean dropped;

    public KioskLabel() {
        setWrapText(true);
        words.addListener((o, was, now) -> {
            setWrapText(!oneLine && !rightToLeft(now));
            setText(now);
            requestLayout();
        });
        fontProperty().addListener(o -> requestLayout());
    }

    public KioskLabel(String text) {
        this();
        words.set(text);
    }

    /**
     * A button's words wrap, unless they run right to left: short enough on one line, and JavaFX
     * cannot wrap them (see the class comment).
     */
    static void wrapUnlessRightToLeft(javafx.scene.control.Labeled button) {
        button.wrapTextProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !rightToLeft(button.getText()), button.textProperty()));
    }

    /** For the ticket number: never wrapped. */
    void keepOnOneLine() {
        oneLine = true;
        setWrapText(false);
    }

    private boolean manual() {
        return !oneLine && rightToLeft(words.get());
    }

    public StringProperty wordsProperty() {
        return words;
    }

    static boolean rightToLeft(String text) {
        return text != null && text.codePoints().anyMatch(c -> {
            byte d = Character.getDirectionality(c);
            return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        });
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        if (!manual()) {
            return super.computePrefWidth(height);
        }
        double widest = 0;
        for (String paragraph : words.get().split("\n", -1)) {
            widest = Math.max(widest, width(paragraph));
        }
        return snappedLeftInset() + widest + snappedRightInset() + 2;
    }

    @Override
    protected double computeMinWidth(double height) {
        if (!manual()) {
            return super.computeMinWidth(height);
        }
        double longest = 0;
        for (String word : words.get().split("\\s+")) {
            longest = Math.max(longest, width(word));
        }
        return snappedLeftInset() + longest + snappedRightInset() + 2;
    }

    @Override
    protected double computePrefHeight(double width) {
        if (!manual()) {
            return super.computePrefHeight(width);
        }
        double w = width > 0 ? width : getWidth() > 0 ? getWidth() : computePrefWidth(-1);
        return snappedTopInset() + Math.ceil(height(broken(w))) + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return manual() ? computePrefHeight(width) : super.computeMinHeight(width);
    }

    @Override
    protected void layoutChildren() {
        if (manual()) {
            if (isWrapText()) {
                setWrapText(false); // whoever asked for wrapping, JavaFX must not wrap right-to-left runs
            }
            String lines = broken(getWidth());
            // The label's skin must never clip broken lines itself (that is the failing path): show the
            // lines that fit, and say so (dropsWords) until the parent gives the height asked for.
            double room = getHeight() - snappedTopInset() - snappedBottomInset() + 0.5;
            String[] all = lines.split("\n", -1);
            int fit = all.length;
            while (fit > 1 && height(String.join("\n", java.util.Arrays.copyOf(all, fit))) > room) {
                fit--;
            }
            dropped = fit < all.length;
            String shown = String.join("\n", java.util.Arrays.copyOf(all, fit));
            if (!shown.equals(getText())) {
                setText(shown);
            }
            if (dropped && getParent() != null) {
                getParent().requestLayout();
            }
        } else {
            dropped = false;
        }
        super.layoutChildren();
    }

    /** True while right-to-left lines are left out for want of height: as bad as "…", and tested so. */
    public boolean dropsWords() {
        return dropped;
    }

    private double height(String text) {
        measure.setFont(getFont());
        measure.setLineSpacing(getLineSpacing());
        measure.setText(text);
        return measure.getLayoutBounds().getHeight();
    }

    /** The words in lines no wider than the label (a word longer than a line keeps its own line). */
    private String broken(double width) {
        double room = width - snappedLeftInset() - snappedRightInset() - 2;
        StringBuilder out = new StringBuilder();
        for (String paragraph : words.get().split("\n", -1)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                String longer = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && width(longer) > room) {
                    out.append(line).append('\n');
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(longer);
                }
            }
            out.append(line);
        }
        return out.toString();
    }

    private double width(String text) {
        measure.setFont(getFont());
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }
}
