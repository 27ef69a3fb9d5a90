package org.sportello.operator.desk;

import java.time.format.DateTimeFormatter;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sportello.model.queue.DayCloseReport;
import org.sportello.operator.ui.Keycaps;

/**
 * Supervisor, F9: first what is still waiting and a confirmation, then the service's own report of
 * what was left unserved.
 */
final class CloseDaySheet extends SheetCard {

    CloseDaySheet(DeskViewModel model) {
        super(model, "closeDaySheet");
        // The desk builds a new sheet when the report arrives, so each instance shows one state.
        DayCloseReport report = model.dayReportProperty().get();
        if (report == null) {
            showQuestion();
        } else {
            showReport(report);
        }
    }

    private void showQuestion() {
        VBox waiting = new VBox(line("sheet.closeDay.question", "sheet-text"), line("sheet.closeDay.waitingNow",
                "sheet-heading"));
        waiting.getStyleClass().add("sheet-list");
        int total = 0;
        for (ServiceRow row : model.board().serviceRows()) {
            if (row.waiting() > 0) {
                total += row.waiting();
                waiting.getChildren().add(text(messages.text("sheet.closeDay.serviceLine", row.prefix(), row.name(),
                        row.waiting()), "sheet-line"));
            }
        }
        if (total == 0) {
            waiting.getChildren().add(line("sheet.closeDay.noneWaiting", "sheet-line"));
        }
        Button confirm = Keycaps.button("↵", messages.bind("sheet.closeDay.confirm"));
        confirm.setId("closeDayConfirm");
        confirm.getStyleClass().add("danger");
        confirm.disableProperty().bind(model.busyProperty());
        confirm.setOnAction(e -> model.confirmCloseDay());
        Button cancel = Keycaps.button("Esc", messages.bind("sheet.cancel"));
        cancel.setOnAction(e -> model.closeSheet());
        // Side by side: stacked, the cancel button sat under the red one like a second step to take.
        HBox buttons = new HBox(8, confirm, cancel);
        layOut(messages.text("sheet.closeDay.title"), messages.text("sheet.closeDay.keys"), waiting, buttons);
    }

    private void showReport(DayCloseReport report) {
        VBox body = new VBox();
        body.setId("closeDayReport");
        body.getStyleClass().add("sheet-list");
        body.getChildren().add(text(messages.text("sheet.closeDay.served", report.served()), "sheet-heading"));
        if (report.unserved().isEmpty()) {
            body.getChildren().add(line("sheet.closeDay.noneUnserved", "sheet-line"));
        } else {
            body.getChildren().add(line("sheet.closeDay.unserved", "sheet-heading"));
            for (DayCloseReport.ServiceCount c : report.unserved()) {
                String name = model.board().serviceRows().stream().filter(r -> r.prefix().equals(c.prefix()))
                        .map(ServiceRow::name).findFirst().orElse("");
                body.getChildren().add(text(messages.text("sheet.closeDay.serviceLine", c.prefix(), name, c.count()),
                        "sheet-line"));
            }
            body.getChildren().add(text(messages.text("sheet.closeDay.unservedTotal", report.totalUnserved()),
                    "sheet-heading"));
        }
        Button done = Keycaps.button("↵", messages.bind("sheet.closeDay.done"));
        done.setId("closeDayDone");
        done.setOnAction(e -> model.closeSheet());
        String day = DateTimeFormatter.ofPattern(messages.text("date.pattern"), messages.locale()).format(report.day());
        layOut(messages.text("sheet.closeDay.reportTitle", day), messages.text("sheet.closeDay.doneKeys"), body, done);
    }

    private Label line(String key, String style) {
        return text(messages.text(key), style);
    }

    private static Label text(String value, String style) {
        Label l = new Label(value);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        return l;
    }

    @Override
    boolean onKey(KeyEvent event) {
        if (event.getCode() != KeyCode.ENTER) {
            return false;
        }
        if (model.dayReportProperty().get() == null) {
            model.confirmCloseDay();
        } else {
            model.closeSheet();
        }
        return true;
    }
}
