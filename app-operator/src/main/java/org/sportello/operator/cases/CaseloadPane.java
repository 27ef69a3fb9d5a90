package org.sportello.operator.cases;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sportello.operator.ui.Keycaps;
import org.sportello.operator.ui.Messages;
import org.sportello.operator.ui.SheetPane;
import org.sportello.operator.ui.NoticeLine;

/**
 * The caseload sheet's view: whose deadlines these are (a supervisor may type one case manager's login),
 * how many are overdue, due this week and later, and the list, earliest first. Enter (or a double click)
 * on a row opens that citizen's case; F5 reads the list again.
 */
public final class CaseloadPane extends VBox implements SheetPane {
    private final CaseloadModel model;
    private final Messages messages;
    /** Room a bucket's tag takes, in either language ("In settimana", "This week"). */
    private static final double BUCKET_WIDTH = 118;
    /** The list's border and vertical scroll bar. */
    private static final double LIST_INSETS = 34;
    private final ListView<CaseloadRow> list = new ListView<>();
    private final TextField login = new TextField();
    private final Consumer<String> openCase;

    /** {@code openCase} receives the codice fiscale of the row the operator picks. */
    public CaseloadPane(CaseloadModel model, Consumer<String> openCase) {
        this.model = model;
        this.messages = model.messages();
        this.openCase = openCase;
        getStyleClass().add("case-pane");

        Label whose = new Label();
        whose.setId("caseloadWhose");
        whose.getStyleClass().add("file-header");
        whose.setWrapText(true);
        whose.setMinHeight(Region.USE_PREF_SIZE);
        whose.textProperty().bind(model.whoseProperty());
        HBox.setHgrow(whose, Priority.ALWAYS);
        whose.setMaxWidth(Double.MAX_VALUE);
        login.setId("caseloadLogin");
        login.setPromptText(messages.text("caseload.login.prompt"));
        org.sportello.operator.ui.PromptWidth.whole(login);
        login.textProperty().bindBidirectional(model.loginProperty());
        login.setPrefColumnCount(12);
        login.setOnAction(e -> model.load());
        login.setVisible(model.supervisor());
        login.setManaged(model.supervisor());
        Button reload = Keycaps.action("caseloadReload", "F5", messages.text("caseload.button.reload"), model::load);
        reload.setMinWidth(Region.USE_PREF_SIZE);
        reload.disableProperty().bind(model.busyProperty());
        HBox top = new HBox(10, whose, login, reload);
        top.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("caseloadSummary");
        summary.getStyleClass().add("case-line");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(model.summaryProperty());

        list.setId("caseloadList");
        list.setItems(model.rows());
        list.setCellFactory(l -> new RowCell());
        list.setPrefHeight(380);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        // The list arrives after the sheet opens: the first row is ready for Enter.
        model.rows().addListener((javafx.collections.ListChangeListener<CaseloadRow>) c -> {
            if (!list.getItems().isEmpty() && list.getSelectionModel().isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
        });
        getChildren().addAll(top, summary, list, new NoticeLine("caseloadNotice", model.noticeProperty()));
        setMinWidth(0);
    }

    /** Keys while the sheet is open; true when they were for it. */
    @Override
    public boolean onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.F5) {
            model.load();
            return true;
        }
        // Enter in the login field reads that caseload (its own action); anywhere else it opens the row.
        if (e.getCode() == KeyCode.ENTER && e.getTarget() != login) {
            openSelected();
            return true;
        }
        return false;
    }

    @Override
    public void focus() {
        list.requestFocus();
        if (!list.getItems().isEmpty() && list.getSelectionModel().isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
    }

    private void openSelected() {
        CaseloadRow row = list.getSelectionModel().getSelectedItem();
        if (row != null) {
            openCase.accept(row.taxCode());
        }
    }

    /** Bucket tag, date, the citizen and what is due, and the case manager. */
    private final class RowCell extends ListCell<CaseloadRow> {
        private final Label bucket = new Label();
        private final Label on = new Label();
        private final Label citizen = new Label();
        private final Label what = new Label();
        private final Label manager = new Label();
        private final HBox box;

        RowCell() {
            bucket.getStyleClass().add("bucket-tag");
            // One width for every bucket, so the dates line up in a column.
            bucket.setMinWidth(BUCKET_WIDTH);
            bucket.setPrefWidth(BUCKET_WIDTH);
            bucket.setAlignment(Pos.CENTER);
            on.getStyleClass().add("caseload-date");
            on.setMinWidth(Region.USE_PREF_SIZE);
            citizen.getStyleClass().add("caseload-citizen");
            manager.getStyleClass().add("caseload-manager");
            manager.setMinWidth(Region.USE_PREF_SIZE);
            VBox middle = new VBox(2, citizen, what);
            middle.setMinWidth(0);
            HBox.setHgrow(middle, Priority.ALWAYS);
            box = new HBox(12, bucket, on, middle, manager);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setMinWidth(0);
            // As wide as the list (less its scroll bar), never wider: no sideways scrolling.
            box.prefWidthProperty().bind(list.widthProperty().subtract(LIST_INSETS));
        }

        @Override
        protected void updateItem(CaseloadRow item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            bucket.setText(model.bucketName(item.bucket()));
            bucket.getStyleClass().removeAll("OVERDUE", "THIS_WEEK", "LATER");
            bucket.getStyleClass().add(item.bucket().name());
            on.setText(item.on());
            citizen.setText(messages.text("caseload.citizen", item.citizen(), item.taxCode()));
            what.setText(item.what());
            manager.setText(item.caseManager());
            manager.setVisible(model.supervisor());
            manager.setManaged(model.supervisor());
            setGraphic(box);
        }
    }
}
