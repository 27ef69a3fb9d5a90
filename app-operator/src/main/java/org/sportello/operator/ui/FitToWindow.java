package org.sportello.operator.ui;

import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Lays a screen out at the size it was designed for and scales it up to the window, so that on a
 * full-HD or 4K display the text grows with the window instead of sitting small in a corner. A window
 * smaller than the design is not scaled down: there the screen's own layout narrows its columns.
 */
public final class FitToWindow extends Region {
    private final Parent content;
    private final double designWidth;
    private final double designHeight;
    private final Scale scale = new Scale(1, 1, 0, 0);

    public FitToWindow(Parent content, double designWidth, double designHeight) {
        this.content = content;
        this.designWidth = designWidth;
        this.designHeight = designHeight;
        content.getTransforms().add(scale);
        getChildren().add(content);
        getStyleClass().add("fit-to-window");
    }

    /** The factor the content is drawn at now: 1 up to the design size, more on larger displays. */
    public double factor() {
        return scale.getX();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double s = Math.max(1, Math.min(w / designWidth, h / designHeight));
        scale.setX(s);
        scale.setY(s);
        content.resizeRelocate(0, 0, w / s, h / s);
    }

    @Override
    protected double computePrefWidth(double height) {
        return designWidth;
    }

    @Override
    protected double computePrefHeight(double width) {
        return designHeight;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }
}
