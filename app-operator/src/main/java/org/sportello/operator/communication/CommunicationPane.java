package org.sportello.operator.communication;

import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sportello.model.company.CommunicationField;
import org.sportello.model.company.ContractType;
import org.sportello.model.person.JobMovement;
import org.sportello.model.profile.Occupation;
import org.sportello.operator.ui.Choices;
import org.sportello.operator.ui.Keycaps;
import org.sportello.operator.ui.Messages;
import org.sportello.operator.ui.SheetPane;
import org.sportello.operator.ui.Notice;

/**
 * The company communication sheet's view: the form, the office's check (missing fields marked, late or
 * on time), and the stamped copy's number once recorded. Keys: F4 checks, Enter records and stamps, F5
 * prints the stamped copy.
 */
public final class CommunicationPane extends VBox implements SheetPane {
    private final CommunicationModel model;
    private final Messages messages;
    private final ComboBox<JobMovement.Kind> kind = new ComboBox<>();
    private final Map<CommunicationField, Node> fields;
    private final Label checkLine = new Label();
    private final Label notice = new Label();

    public CommunicationPane(CommunicationModel model) {
        this.model = model;
        this.messages = model.messages();
        getStyleClass().add("comm-pane");

        kind.setId("commKind");
        kind.getItems().setAll(JobMovement.Kind.values());
        kind.setConverter(Choices.converter(model::kindName));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        TextField employerCode = field("commEmployerCode", model.employerCodeProperty());
        TextField employerName = field("commEmployerName", model.employerNameProperty());
        TextField workerCode = field("commWorkerCode", model.workerCodeProperty());
        TextField family = field("commWorkerFamily", model.workerFamilyNameProperty());
        TextField given = field("commWorkerGiven", model.workerGivenNamesProperty());
        TextField eventOn = field("commEventOn", model.eventOnProperty());
        TextField endOn = field("commEndOn", model.endOnProperty());
        eventOn.setPromptText(messages.text("comm.datePrompt"));
        endOn.setPromptText(messages.text("comm.datePrompt"));
        ComboBox<ContractType> contract = new ComboBox<>();
        contract.setId("commContract");
        contract.getItems().setAll(ContractType.values());
        contract.setConverter(Choices.converter(model::contractName));
        contract.valueProperty().bindBidirectional(model.contractProperty());
        contract.setMaxWidth(Double.MAX_VALUE);
        ComboBox<Occupation> occupation = new ComboBox<>();
        occupation.setId("commOccupation");
        occupation.setConverter(Choices.converter(model::occupationLabel));
        occupation.getItems().setAll(model.occupations(""));
        occupation.valueProperty().bindBidirectional(model.occupationProperty());
        occupation.setMaxWidth(Double.MAX_VALUE);
        occupation.setMinWidth(120);
        TextField filter = new TextField();
        filter.setId("commOccupationSearch");
        filter.setPromptText(messages.text("file.prompt.occupationSearch"));
        filter.setPrefColumnCount(9);
        org.sportello.operator.ui.PromptWidth.whole(filter);
        filter.textProperty().addListener((obs, old, now) -> {
            List<Occupation> found = model.occupations(now);
            occupation.getItems().setAll(found);
            if (found.size() == 1) {
                occupation.setValue(found.getFirst());
            }
        });
        HBox occupationRow = new HBox(8, filter, occupation);
        HBox.setHgrow(occupation, Priority.ALWAYS);
        TextField pages = field("commPages", model.pagesProperty());
        pages.setPrefColumnCount(4);
        fields = Map.of(CommunicationField.EMPLOYER_CODE, employerCode, CommunicationField.EMPLOYER_NAME, employerName,
                CommunicationField.WORKER_CODE, workerCode, CommunicationField.WORKER_NAME, family,
                CommunicationField.EVENT_DATE, eventOn, CommunicationField.END_DATE, endOn,
                CommunicationField.CONTRACT_TYPE, contract, CommunicationField.OCCUPATION, occupation,
                CommunicationField.PAGES, pages);

        GridPane g = new GridPane();
        g.getStyleClass().add("file-grid");
        for (int i = 0; i < 4; i++) {
            ColumnConstraints c = new ColumnConstraints();
            if (i % 2 == 0) {
                c.setMinWidth(Region.USE_PREF_SIZE);
            } else {
                c.setHgrow(Priority.ALWAYS);
                c.setMinWidth(0);
                c.setPrefWidth(220);
            }
            g.getColumnConstraints().add(c);
        }
        int r = 0;
        g.addRow(r++, label("comm.label.kind"), kind, label("comm.label.pages"), pages);
        g.addRow(r++, label("comm.label.employerCode"), employerCode, label("comm.label.employerName"), employerName);
        g.addRow(r++, label("comm.label.workerCode"), workerCode, label("comm.label.workerFamily"), family);
        g.addRow(r++, label("comm.label.workerGiven"), given, label("comm.label.contract"), contract);
        g.addRow(r++, label("comm.label.eventOn"), eventOn, label("comm.label.endOn"), endOn);
        g.add(label("comm.label.occupation"), 0, r);
        g.add(occupationRow, 1, r, 3, 1);

        checkLine.setId("commCheck");
        checkLine.getStyleClass().add("file-area");
        checkLine.setWrapText(true);
        checkLine.setMaxWidth(Double.MAX_VALUE);
        checkLine.setMinHeight(Region.USE_PREF_SIZE);
        checkLine.textProperty().bind(model.checkLineProperty());
        checkLine.visibleProperty().bind(model.checkLineProperty().isNotEmpty());
        checkLine.managedProperty().bind(checkLine.visibleProperty());
        model.missingProperty().addListener(o -> mark());
        model.lateProperty().addListener(o -> mark());

        notice.setId("commNotice");
        notice.getStyleClass().add("issue-notice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setMinHeight(Region.USE_PREF_SIZE);
        model.noticeProperty().addListener(o -> showNotice());
        showNotice();

        Button check = button("commCheckButton", "F4", "comm.button.check", model::check);
        Button record = button("commRecordButton", messages.text("file.key.enter"), "comm.button.record", model::record);
        record.getStyleClass().add("primary");
        record.disableProperty().bind(model.busyProperty().or(model.recordedProperty().isNotNull()));
        Button print = button("commPrintButton", "F5", "comm.button.print", model::printStamp);
        print.disableProperty().bind(model.busyProperty().or(model.recordedProperty().isNull()));
        HBox buttons = new HBox(10, check, record, print);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(g, checkLine, notice, buttons);
        setMinWidth(0);
    }

    @Override
    public boolean onKey(KeyEvent e) {
        switch (e.getCode()) {
            case F4 -> model.check();
            case F5 -> model.printStamp();
            case ENTER -> {
                if (e.getTarget() instanceof ComboBox<?>) {
                    return false;
                }
                model.record();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    public void focus() {
        kind.requestFocus();
    }

    private void mark() {
        fields.forEach((f, node) -> {
            node.getStyleClass().remove("field-missing");
            if (model.missingProperty().get().contains(f)) {
                node.getStyleClass().add("field-missing");
            }
        });
        checkLine.getStyleClass().removeAll("tone-good", "tone-warn");
        checkLine.getStyleClass().add(model.missingProperty().get().isEmpty() && !model.lateProperty().get()
                ? "tone-good" : "tone-warn");
    }

    private void showNotice() {
        Notice n = model.noticeProperty().get();
        notice.getStyleClass().removeAll("info", "success", "error");
        notice.setVisible(n != null);
        notice.setManaged(n != null);
        if (n != null) {
            notice.setText(n.text());
            notice.getStyleClass().add(n.kind().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private Button button(String id, String key, String textKey, Runnable action) {
        return Keycaps.action(id, key, messages.text(textKey), action);
    }

    private Label label(String key) {
        Label l = new Label(messages.text(key));
        l.getStyleClass().add("form-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        f.setMinWidth(40);
        return f;
    }
}
