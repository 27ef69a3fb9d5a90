package org.sportello.kiosk;

import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Fits the kiosk to any display by scaling type, never by cutting: the screens are laid out on a
 * design canvas 1080 wide (portrait) or 1080 high (landscape) with the window's own proportions,
 * then scaled to the window. So a 1080x1920 totem and a 1024x768 panel both show every word, the
 * panel with the services side by side. Large text lays out on a smaller canvas, scaled up more:
 * everything grows a quarter and the lines wrap again (on a 5:4 monitor a little less, see
 * {@link #NARROWEST_LANDSCAPE}). A screen that must show everything at once in the usual text (the
 * kiosk's home: every service, no swipe) may ask for a wider landscape canvas than the window's
 * height gives on an old 4:3 panel ({@link #KIOSK_LANDSCAPE_WIDTH}): a little smaller type, still far
 * above the touch-target minimum, instead of services below the fold.
 */
public final class KioskFrame extends Region {
    /** The short side of the design canvas, in design pixels. */
    public static final double SHORT_SIDE = 1080;
    public static final double LARGE_TEXT = 1.25;
    /** Width to height of the narrowest landscape canvas large text lays out on (an old 4:3 panel). */
    static final double NARROWEST_LANDSCAPE = 4.0 / 3;
    /**
     * The kiosk's narrowest landscape canvas in the usual text, in design pixels: on a 4:3 panel 1600x1200
     * rather than 1440x1080, so the two service columns wrap fewer words and all of them fit above the fold.
     * A 96-px target is still 16 mm on a 15" 1024x768 panel (9 mm is the floor).
     */
    public static final double KIOSK_LANDSCAPE_WIDTH = 1600;

    private final Region content;
    private final Group holder;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final ObservableBooleanValue largeText;
    private final BooleanProperty landscape;
    private final double usualLandscapeWidth;

    public KioskFrame(Region content, ObservableBooleanValue largeText, BooleanProperty landscape) {
        this(content, largeText, landscape, 0);
    }

    /** With {@code usualLandscapeWidth}: the narrowest landscape canvas in the usual text (0 for the window's own). */
    public KioskFrame(Region content, ObservableBooleanValue largeText, BooleanProperty landscape,
                      double usualLandscapeWidth) {
        this.usualLandscapeWidth = usualLandscapeWidth;
        this.content = content;
        this.largeText = largeText;
        this.landscape = landscape;
        holder = new Group(content);
        holder.setAutoSizeChildren(false);
        holder.getTransforms().add(scale);
        getChildren().add(holder);
        getStyleClass().add("kiosk-frame");
        largeText.addListener((o, was, now) -> requestLayout());
    }

    public Region content() {
        return content;
    }

    /** Design pixels to window pixels. */
    public double scale() {
        return scale.getX();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (!(w > 0) || !(h > 0)) {
            return;
        }
        double side = SHORT_SIDE / (largeText.get() ? LARGE_TEXT : 1);
        boolean wide = w >= h;
        double designWidth = wide ? side * w / h : side;
        double designHeight = wide ? side : side * h / w;
        if (wide && largeText.get() && designWidth < side * NARROWEST_LANDSCAPE) {
            // A 5:4 monitor in large text would leave a canvas narrower than any 4:3 panel's, too narrow
            // for the terminal's fields and keys beside its results: lay out at 4:3 width, grow a little less.
            designWidth = side * NARROWEST_LANDSCAPE;
            designHeight = designWidth * h / w;
        }
        if (wide && !largeText.get() && designWidth < usualLandscapeWidth) {
            designWidth = usualLandscapeWidth;
            designHeight = designWidth * h / w;
        }
        if (landscape.get() != wide) {
            landscape.set(wide);
            // The screens restyle for the new orientation now, not at the next pulse: laid out with the old
            // sizes, the services' scroll pane kept a portrait height and showed a scroll bar for nothing.
            content.applyCss();
        }
        double s = w / designWidth;
        scale.setX(s);
        scale.setY(s);
        content.resize(designWidth, designHeight);
        content.layout();
        holder.relocate(0, 0);
    }

    @Override
    protected double computePrefWidth(double height) {
        return SHORT_SIDE / 2;
    }

    @Override
    protected double computePrefHeight(double width) {
        return SHORT_SIDE * 16 / 9 / 2;
    }
}
