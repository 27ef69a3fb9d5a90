package org.sportello.operator.ui;

import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** A sheet's message line: hidden while there is nothing to say, coloured by the notice's kind. */
public final class NoticeLine extends Label {
    public NoticeLine(String id, ObservableValue<Notice> notice) {
        setId(id);
        getStyleClass().add("issue-notice");
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
        setMinHeight(Region.USE_PREF_SIZE);
        notice.addListener((obs, old, now) -> show(now));
        show(notice.getValue());
    }

    private void show(Notice n) {
        getStyleClass().removeAll("info", "success", "error");
        setVisible(n != null);
        setManaged(n != null);
        if (n != null) {
            setText(n.text());
            getStyleClass().add(n.kind().name().toLowerCase(Locale.ROOT));
        }
    }
}
