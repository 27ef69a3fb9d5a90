package org.sportello.operator.ui;

import java.util.function.Function;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** How a sheet's lists and drop-downs show their values: in words, one way only (nothing is typed back). */
public final class Choices {
    private Choices() {
    }

    public static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    public static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}
