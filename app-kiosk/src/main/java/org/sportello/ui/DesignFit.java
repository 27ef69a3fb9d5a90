package org.sportello.ui;

import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Lays a screen out at its design size (e.g. 1080x1920 for the kiosk) and scales it uniformly to
 * the window, centred, so a 32" totem and a laptop window show the same picture. The scale sits on
 * a wrapper, so a snapshot of the content is taken at design size. A window taller than the design's
 * proportions (a 4:3 screen under a 16:9 design) lays the content out taller instead of leaving black
 * bands above and below: the width and the type stay as designed, the panels take the extra height.
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
        content.setMaxSize(designWidth, Double.MAX_VALUE);
        holder = new Group(content);
        // The height is set here in layoutChildren; the group must not put the content back to its preferred size.
        holder.setAutoSizeChildren(false);
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
        double height = Math.max(designHeight, getHeight() / s);
        content.resize(designWidth, height);
        content.layout();
        holder.relocate((getWidth() - designWidth * s) / 2, (getHeight() - height * s) / 2);
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
