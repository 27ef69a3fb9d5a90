package org.sportello.operator.vacancies;

import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.sportello.operator.ui.Keycaps;
import org.sportello.operator.ui.Messages;
import org.sportello.operator.ui.Notice;

/** The small pieces both vacancy views build their forms from: labels, fields, keycap buttons, the notice line. */
final class Views {
    private Views() {
    }

    static Label label(Messages messages, String key) {
        Label l = new Label(messages.text(key));
        l.getStyleClass().add("form-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** A heading over a column: wraps within the column instead of running into the next one. */
    static Label heading(Messages messages, String key) {
        Label l = new Label(messages.text(key));
        l.getStyleClass().add("form-label");
        l.setWrapText(true);
        l.setMinWidth(0);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    static TextField field(String id, javafx.beans.property.StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        f.setMinWidth(40);
        return f;
    }

    static Button button(Messages messages, String id, String key, String textKey, Runnable action) {
        Button b = Keycaps.button(key, messages.text(textKey));
        b.setId(id);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    static Label noticeLine(String id, javafx.beans.value.ObservableValue<Notice> notice) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("issue-notice");
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        Runnable show = () -> {
            Notice n = notice.getValue();
            l.getStyleClass().removeAll("info", "success", "error");
            l.setVisible(n != null);
            l.setManaged(n != null);
            if (n != null) {
                l.setText(n.text());
                l.getStyleClass().add(n.kind().name().toLowerCase(java.util.Locale.ROOT));
            }
        };
        notice.addListener(o -> show.run());
        show.run();
        return l;
    }

    static <T> StringConverter<T> converter(Function<T, String> text) {
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
}
