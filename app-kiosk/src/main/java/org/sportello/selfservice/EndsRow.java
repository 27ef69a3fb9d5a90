package org.sportello.selfservice;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.layout.Region;

/**
 * Two groups on one line, the first at its start and the second at its end; when the line is too
 * short for both (large text, a portrait panel), the second goes under the first, still at the end.
 * An HBox would instead squeeze the first group until its words were cut.
 */
final class EndsRow extends Region {
    private final Region start;
    private final Region end;
    private final double gap;
    private final double startAtLeast;

    /** One line only while the first group can have its preferred width. */
    EndsRow(Region start, Region end, double gap) {
        this(start, end, gap, -1);
    }

    /**
     * @param startAtLeast one line while the first group can have this width (its words wrap in it);
     *                     negative for its preferred width
     */
    EndsRow(Region start, Region end, double gap, double startAtLeast) {
        this.start = start;
        this.end = end;
        this.gap = gap;
        this.startAtLeast = startAtLeast;
        getChildren().addAll(start, end);
    }

    private double startWidth() {
        return startAtLeast < 0 ? start.prefWidth(-1) : Math.max(start.minWidth(-1), startAtLeast);
    }

    /** Whether both fit side by side in this inner width; a hidden end group takes no room. */
    private boolean oneLine(double inner) {
        return !end.isManaged() || startWidth() + gap + end.prefWidth(-1) <= inner;
    }

    private double endWidth(double inner) {
        return Math.min(end.prefWidth(-1), inner);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + in.getRight() + Math.max(start.minWidth(-1), end.isManaged() ? end.minWidth(-1) : 0);
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + in.getRight() + Math.max(start.prefWidth(-1), startWidth())
                + (end.isManaged() ? gap + end.prefWidth(-1) : 0);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double inner = width < 0 ? computePrefWidth(-1) - in.getLeft() - in.getRight() : width - in.getLeft() - in.getRight();
        double h;
        if (!end.isManaged()) {
            h = start.prefHeight(inner);
        } else if (oneLine(inner)) {
            double e = endWidth(inner);
            h = Math.max(start.prefHeight(inner - gap - e), end.prefHeight(e));
        } else {
            h = start.prefHeight(inner) + gap + end.prefHeight(endWidth(inner));
        }
        return in.getTop() + in.getBottom() + h;
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double y = in.getTop();
        double inner = getWidth() - in.getLeft() - in.getRight();
        double height = getHeight() - in.getTop() - in.getBottom();
        if (!end.isManaged()) {
            layoutInArea(start, x, y, inner, height, 0, Insets.EMPTY, true, false, HPos.LEFT, VPos.CENTER);
        } else if (oneLine(inner)) {
            double e = endWidth(inner);
            layoutInArea(start, x, y, inner - gap - e, height, 0, Insets.EMPTY, true, false, HPos.LEFT, VPos.CENTER);
            layoutInArea(end, x + inner - e, y, e, height, 0, Insets.EMPTY, true, false, HPos.RIGHT, VPos.CENTER);
        } else {
            double e = endWidth(inner);
            double s = start.prefHeight(inner);
            layoutInArea(start, x, y, inner, s, 0, Insets.EMPTY, true, false, HPos.LEFT, VPos.CENTER);
            layoutInArea(end, x + inner - e, y + s + gap, e, height - s - gap, 0, Insets.EMPTY, true, false, HPos.RIGHT, VPos.CENTER);
        }
    }
}
