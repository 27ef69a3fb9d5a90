package org.sportello.operator.screens;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;

/**
 * What an operator sees wrong in a framed list of a sheet (ui.RowsHigh): an empty one taller than a line or two, or
 * its "nothing yet" line anywhere but the top left where the first row's text would be; one with rows showing an
 * empty band under its last row, a scroll bar for rows that would fit, or a sideways scroll bar. Read on the FX
 * thread, on a laid-out scene; distances are in the sheet's own pixels (the 4K window scales the whole desk).
 */
final class FramedLists {
    /** An empty list: its frame and one line, with room for a second if its text wraps. */
    static final double EMPTY_AT_MOST = 60;

    private FramedLists() {
    }

    static List<String> fitTheirRows(Scene scene, String... ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            out.addAll(fitsItsRows(scene, id));
        }
        return out;
    }

    private static List<String> fitsItsRows(Scene scene, String id) {
        if (!(scene.lookup(id) instanceof ListView<?> list) || !list.isVisible()) {
            return List.of(id + " is not on screen");
        }
        List<String> out = new ArrayList<>();
        if (list.getItems().isEmpty()) {
            if (list.getHeight() > EMPTY_AT_MOST) {
                out.add(id + " is " + list.getHeight() + " px high with nothing in it");
            }
            Node text = list.getPlaceholder() == null ? null : list.getPlaceholder().lookup(".text");
            if (text == null || !text.isVisible()) {
                out.add(id + " is empty without a line saying so");
            } else {
                Bounds line = list.sceneToLocal(text.localToScene(text.getLayoutBounds()));
                if (line.getMinY() > 12 || line.getMinX() > 16) {
                    out.add(id + "'s empty line is at " + line.getMinX() + "," + line.getMinY()
                            + " in the list, not at its top left");
                }
            }
            return out;
        }
        for (Node n : list.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.isVisible() && bar.getOrientation() == Orientation.HORIZONTAL) {
                out.add(id + " scrolls sideways: a row is wider than the list");
            }
        }
        Optional<ListCell<?>> last = list.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> c && !c.isEmpty() && c.isVisible())
                .<ListCell<?>>map(n -> (ListCell<?>) n).max(Comparator.comparingInt(ListCell::getIndex));
        if (last.isEmpty()) {
            return List.of(id + " shows none of its rows");
        }
        Bounds row = list.sceneToLocal(last.get().localToScene(last.get().getLayoutBounds()));
        double below = list.getHeight() - list.getInsets().getBottom() - row.getMaxY();
        if (last.get().getIndex() == list.getItems().size() - 1 && below > 4) {
            out.add(id + " has " + below + " px of empty rows under its last row");
        }
        if (row.getMaxY() > list.getHeight() - list.getInsets().getBottom() + 1 && list.getItems().size() <= 6) {
            out.add(id + " cuts its last row (" + list.getItems().size() + " rows)");
        }
        return out;
    }

    /** How far below {@code upper}'s bottom {@code lower}'s top is, in the sheet's pixels. */
    static double gap(Scene scene, String upper, String lower) {
        Node a = scene.lookup(upper);
        Node b = scene.lookup(lower);
        Bounds bottom = a.getParent().sceneToLocal(a.localToScene(a.getLayoutBounds()));
        Bounds top = a.getParent().sceneToLocal(b.localToScene(b.getLayoutBounds()));
        return top.getMinY() - bottom.getMaxY();
    }
}
