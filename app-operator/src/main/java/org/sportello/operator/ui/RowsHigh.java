package org.sportello.operator.ui;

import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A framed list as high as its rows: one line with "nothing yet" at its top left, as text would be, when it is
 * empty; then as high as its rows up to {@code maxRows} rows, and it scrolls. A list with a fixed height showed its
 * placeholder centred in a tall empty box, which read as a hole in the sheet. A row longer than the list wraps onto a
 * second line rather than hiding its end (a job's dates, last on its line) behind a sideways scroll bar; the height
 * counts the wrapped lines, measured with the rows' own font at the list's width. In a VBox the list may still
 * shrink to one row when the window is short (its minimum), never grow past its rows (its maximum is its preferred
 * height).
 */
public final class RowsHigh<T> {
    /** A row's padding, top and bottom, in ems: the same number as {@code .rows-high .list-cell} in operator.css. */
    private static final double ROW_PAD_EM = 0.3;
    /** A row's padding, left and right, in ems (ibid.). */
    private static final double ROW_SIDE_EM = 0.583;
    /** The vertical scroll bar's width once there are more rows than shown. */
    private static final double SCROLL_BAR = 16;

    private final ListView<T> list;
    private final Label placeholder;
    private final Function<T, String> text;
    private final int maxRows;
    private final ListChangeListener<T> onChange = c -> size();
    private final Text probe = new Text();

    private RowsHigh(ListView<T> list, Label placeholder, Function<T, String> text, int maxRows) {
        this.list = list;
        this.placeholder = placeholder;
        this.text = text;
        this.maxRows = maxRows;
    }

    /** Makes {@code list} as high as its rows (each shown as {@code text} gives it), {@code empty} when it has none. */
    public static <T> void fit(ListView<T> list, String empty, int maxRows, Function<T, String> text) {
        Label placeholder = new Label(empty);
        placeholder.getStyleClass().add("rows-high-empty");
        placeholder.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        placeholder.setAlignment(Pos.TOP_LEFT);
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        list.getStyleClass().add("rows-high");
        list.setCellFactory(l -> new ListCell<>() {
            {
                setWrapText(true);
                // Wraps inside the list's width instead of widening it.
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(T item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(isEmpty || item == null ? null : text.apply(item));
            }
        });
        RowsHigh<T> fit = new RowsHigh<>(list, placeholder, text, maxRows);
        if (list.getItems() != null) {
            list.getItems().addListener(fit.onChange);
        }
        list.itemsProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeListener(fit.onChange);
            }
            if (now != null) {
                now.addListener(fit.onChange);
            }
            fit.size();
        });
        list.widthProperty().addListener(o -> fit.size());
        list.insetsProperty().addListener(o -> fit.size());
        placeholder.fontProperty().addListener(o -> fit.size());
        list.setMaxHeight(Region.USE_PREF_SIZE);
        fit.size();
    }

    private void size() {
        Font font = font();
        double pad = 2 * ROW_PAD_EM * font.getSize();
        double oneLine = Math.ceil(lineHeight(font, "X", 0) + pad);
        Insets in = list.getInsets();
        double frame = in.getTop() + in.getBottom();
        ObservableList<T> items = list.getItems();
        int count = items == null ? 0 : items.size();
        double rows = oneLine;
        if (count > 0) {
            double wrap = list.getWidth() - in.getLeft() - in.getRight() - 2 * ROW_SIDE_EM * font.getSize()
                    - (count > maxRows ? SCROLL_BAR : 0);
            rows = 0;
            for (T item : items.subList(0, Math.min(count, maxRows))) {
                // One pixel a row for rounding, so a full list never shows a scroll bar for a sliver.
                rows += Math.ceil(lineHeight(font, text.apply(item), Math.max(0, wrap)) + pad) + 1;
            }
        }
        list.setPrefHeight(Math.ceil(frame + rows));
        list.setMinHeight(Math.ceil(frame + Math.min(rows, oneLine)));
    }

    /** The rows' font: a row's when one is on screen, else the placeholder's (same style), else the default. */
    private Font font() {
        Node row = list.lookup(".list-cell");
        if (row instanceof ListCell<?> cell && cell.getScene() != null) {
            return cell.getFont();
        }
        return placeholder.getScene() != null ? placeholder.getFont() : Font.getDefault();
    }

    private double lineHeight(Font font, String s, double wrap) {
        probe.setFont(font);
        probe.setText(s == null || s.isEmpty() ? "X" : s);
        probe.setWrappingWidth(wrap);
        return probe.getLayoutBounds().getHeight();
    }
}
