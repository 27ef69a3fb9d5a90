package org.sportello.ui;

import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Lays a screen out at its design size (e.g. 1080x1920 for the kiosk) and scales it uniformly to
 * the window, centred, so a 32" totem and a laptop window show the same picture. The scale sits on
 * a wrapper, so a snapshot of the content is taken at design size.
 */
public final class DesignFit extends Region {
    private final Region content;
    private final Group holder;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final double designWidth;
    private final double designHeight;

    public DesignFit(Region content, double designWidth, double designHeight) {
        this.content = content;
        this.designWidth = designWidth;
        this.designHeight = designHeight;
        content.setMinSize(designWidth, designHeight);
        content.setPrefSize(designWidth, designHeight);
        content.setMaxSize(designWidth, designHeight);
        holder = new Group(content);
        holder.getTransforms().add(scale);
        getChildren().add(holder);
        getStyleClass().add("design-fit");
    }

    public Region content() {
        return content;
    }

    @Override
    protected void layoutChildren() {
        double s = Math.min(getWidth() / designWidth, getHeight() / designHeight);
        if (!(s > 0)) {
            s = 1;
        }
        scale.setX(s);
        scale.setY(s);
        content.resize(designWidth, designHeight);
        holder.relocate((getWidth() - designWidth * s) / 2, (getHeight() - designHeight * s) / 2);
    }

    @Override
    protected double computePrefWidth(double height) {
        return designWidth;
    }

    @Override
    protected double computePrefHeight(double width) {
        return designHeight;
    }
}
