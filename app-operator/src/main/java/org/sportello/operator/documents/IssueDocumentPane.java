package org.sportello.operator.documents;

import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.sportello.model.documents.DocumentKind;
import org.sportello.model.protocol.ProtocolNumber;
import org.sportello.operator.ui.Keycaps;
import org.sportello.operator.ui.Messages;
import org.sportello.operator.ui.Notice;

/**
 * The document sheet's body: the form on the left (kind, subject, what the kind needs, the last
 * outcome), the preview of the issued pages on the right. Keyboard first: Tab moves through the
 * form, Enter issues, function keys print (see {@link #onKey}).
 */
public final class IssueDocumentPane extends HBox {
    static final double PREVIEW_HEIGHT = 470;

    private final IssueDocumentModel model;
    private final Messages messages;
    private final ListView<DocumentKind> kinds = new ListView<>();
    private final TextField code = new TextField();
    private final Label codeLabel = new Label();
    private final Label subjectLine = new Label();
    private final GridPane details = new GridPane();
    private final Label notice = new Label();
    private final ImageView page = new ImageView();
    private final Label previewEmpty = new Label();
    private final Label previewStatus = new Label();
    private final Label pageLabel = new Label();
    private List<Image> images = List.of();

    private final TextField companyName = field("companyName");
    private final TextArea items = new TextArea();
    private final TextField date = field("appointmentDate");
    private final TextField time = field("appointmentTime");
    private final TextField place = field("place");
    private final TextField caseManager = field("caseManager");
    private final TextField purpose = field("purpose");

    public IssueDocumentPane(IssueDocumentModel model) {
        this.model = model;
        this.messages = model.messages();
        getStyleClass().add("issue-pane");
        getChildren().addAll(form(), preview());
        InvalidationListener redraw = o -> redraw();
        model.kindProperty().addListener(redraw);
        model.subjectCodeProperty().addListener(redraw);
        model.subjectLineProperty().addListener(redraw);
        model.subjectToneProperty().addListener(redraw);
        model.noticeProperty().addListener(redraw);
        model.shownProperty().addListener(o -> {
            IssueDocumentModel.Shown shown = model.shownProperty().get();
            images = shown == null ? List.of() : shown.pages().stream().map(p -> (Image) SwingFXUtils.toFXImage(p, null))
                    .toList();
            redraw();
        });
        model.pageProperty().addListener(redraw);
        redraw();
    }

    private VBox form() {
        Label kindLabel = label(messages.text("issue.kind.label"));
        kinds.setId("issueKinds");
        kinds.getStyleClass().add("issue-kinds");
        kinds.getItems().setAll(model.kinds());
        kinds.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(DocumentKind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.kindName(item));
            }
        });
        kinds.getSelectionModel().select(model.kindProperty().get());
        kinds.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.kindProperty().set(now);
            }
        });
        kinds.setFixedCellSize(30);
        kinds.setPrefHeight(30 * model.kinds().size() + 4);
        kinds.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        code.setId("issueCode");
        code.getStyleClass().add("issue-code");
        code.setPromptText(messages.text("issue.code.prompt"));
        code.textProperty().bindBidirectional(model.subjectCodeProperty());
        code.focusedProperty().addListener((obs, was, is) -> {
            if (was && !is) {
                model.lookUpSubject();
            }
        });
        ChoiceBox<Locale> language = new ChoiceBox<>();
        language.setId("issueLanguage");
        language.getItems().setAll(Locale.ITALIAN, Locale.ENGLISH);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale l) {
                return l == null ? "" : messages.text("issue.language." + l.getLanguage());
            }

            @Override
            public Locale fromString(String s) {
                return null;
            }
        });
        language.valueProperty().bindBidirectional(model.languageProperty());
        Label languageLabel = label(messages.text("issue.language"));
        HBox codeRow = new HBox(10, code, languageLabel, language);
        codeRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(code, Priority.ALWAYS);

        subjectLine.setId("issueSubject");
        subjectLine.getStyleClass().add("issue-subject");
        subjectLine.setWrapText(true);
        subjectLine.setMaxWidth(Double.MAX_VALUE);

        details.getStyleClass().add("issue-details");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(190);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        details.getColumnConstraints().addAll(labels, values);
        companyName.textProperty().bindBidirectional(model.companyNameProperty());
        items.setId("items");
        items.setPrefRowCount(3);
        items.setWrapText(true);
        items.textProperty().bindBidirectional(model.itemsProperty());
        date.textProperty().bindBidirectional(model.appointmentDateProperty());
        time.textProperty().bindBidirectional(model.appointmentTimeProperty());
        place.textProperty().bindBidirectional(model.placeProperty());
        caseManager.textProperty().bindBidirectional(model.caseManagerProperty());
        purpose.textProperty().bindBidirectional(model.purposeProperty());
        date.setPrefColumnCount(10);
        time.setPrefColumnCount(5);
        date.setPromptText(messages.text("issue.appointment.datePrompt"));
        time.setPromptText(messages.text("issue.appointment.timePrompt"));

        notice.setId("issueNotice");
        notice.getStyleClass().add("issue-notice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);

        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        VBox form = new VBox(kindLabel, kinds, codeLabel, codeRow, subjectLine, details, notice, spacer, buttons());
        form.getStyleClass().add("issue-form");
        // On the desk's smallest window the form gives way, never the preview: it wraps and narrows instead.
        form.setMinWidth(0);
        kinds.setMinWidth(0);
        codeRow.setMinWidth(0);
        code.setMinWidth(120);
        codeLabel.getStyleClass().add("form-label");
        HBox.setHgrow(form, Priority.ALWAYS);
        return form;
    }

    /**
     * The same actions for the mouse. Not focus stops: Enter belongs to issuing, so a focused "print"
     * button must not turn Enter into a second document.
     */
    private FlowPane buttons() {
        var nothing = model.shownProperty().isNull().or(model.busyProperty());
        // A protocol number typed in the code field is enough for a duplicate.
        var noPaper = javafx.beans.binding.Bindings.createBooleanBinding(() -> model.busyProperty().get()
                || model.shownProperty().get() == null && ProtocolNumber.parse(
                        String.valueOf(model.subjectCodeProperty().get()).strip()).isEmpty(),
                model.busyProperty(), model.shownProperty(), model.subjectCodeProperty());
        Button issue = button("issueButton", messages.text("issue.key.enter"), "issue.button.issue", model::issue);
        issue.disableProperty().bind(model.busyProperty());
        issue.getStyleClass().add("primary");
        Button print = button("printA4Button", "F5", "issue.button.print", model::printA4);
        print.disableProperty().bind(nothing);
        Button receipt = button("receiptButton", "F6", "issue.button.receipt", model::printReceipt);
        receipt.disableProperty().bind(nothing);
        Button duplicate = button("duplicateButton", "F7", "issue.button.duplicate", model::reprint);
        duplicate.disableProperty().bind(noPaper);
        FlowPane row = new FlowPane(8, 6, issue, print, receipt, duplicate);
        row.getStyleClass().add("issue-buttons");
        return row;
    }

    private Button button(String id, String key, String textKey, Runnable action) {
        Button b = Keycaps.button(key, messages.text(textKey));
        b.setId(id);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private VBox preview() {
        Label title = label(messages.text("issue.preview.title"));
        page.setId("issuePreview");
        page.setPreserveRatio(true);
        page.setSmooth(true);
        page.setFitHeight(PREVIEW_HEIGHT);
        previewEmpty.setText(messages.text("issue.preview.empty"));
        previewEmpty.setWrapText(true);
        previewEmpty.getStyleClass().add("issue-preview-empty");
        StackPane paper = new StackPane(previewEmpty, page);
        paper.getStyleClass().add("issue-paper");
        paper.setPrefSize(PREVIEW_HEIGHT * 210 / 297 + 8, PREVIEW_HEIGHT + 8);
        paper.setMinSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        previewStatus.setId("issuePreviewStatus");
        previewStatus.getStyleClass().add("issue-preview-status");
        previewStatus.setWrapText(true);
        pageLabel.setId("issuePage");
        pageLabel.getStyleClass().add("issue-page");
        VBox box = new VBox(title, previewStatus, paper, pageLabel);
        box.getStyleClass().add("issue-preview");
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.setMaxWidth(PREVIEW_HEIGHT * 210 / 297 + 8);
        return box;
    }

    private void redraw() {
        DocumentKind kind = model.kindProperty().get();
        if (kinds.getSelectionModel().getSelectedItem() != kind) {
            kinds.getSelectionModel().select(kind);
        }
        boolean people = model.forPeople();
        boolean companies = model.forCompanies();
        codeLabel.setText(messages.text(people && companies ? "issue.code.any" : companies ? "issue.code.company"
                : "issue.code.person"));
        String typed = model.subjectCodeProperty().get() == null ? "" : model.subjectCodeProperty().get().strip();
        boolean companyNamed = companies && (!people || typed.matches("(?i)(IT)?\\d{11}"));
        details.getChildren().clear();
        int row = 0;
        if (companyNamed) {
            details.addRow(row++, label(messages.text("issue.companyName")), companyName);
        }
        switch (kind) {
            case DOCUMENTS_RECEIPT -> details.addRow(row++, label(messages.text("issue.items")), items);
            case APPOINTMENT_LETTER -> {
                HBox when = new HBox(10, date, label(messages.text("issue.appointment.time")), time);
                when.setAlignment(Pos.CENTER_LEFT);
                details.addRow(row++, label(messages.text("issue.appointment.date")), when);
                details.addRow(row++, label(messages.text("issue.place")), place);
                details.addRow(row++, label(messages.text("issue.caseManager")), caseManager);
                details.addRow(row++, label(messages.text("issue.purpose")), purpose);
            }
            default -> {
            }
        }
        details.setVisible(row > 0);
        details.setManaged(row > 0);

        subjectLine.setText(model.subjectLineProperty().get());
        subjectLine.getStyleClass().removeAll("tone-good", "tone-warn", "tone-bad", "tone-neutral");
        subjectLine.getStyleClass().add("tone-" + model.subjectToneProperty().get().name().toLowerCase(Locale.ROOT));
        Notice n = model.noticeProperty().get();
        // One error, said once: when issuing was refused, the notice says why; a red subject line
        // beside it would say the same in other words.
        boolean saidByNotice = n != null && n.kind() == Notice.Kind.ERROR
                && model.subjectToneProperty().get() == IssueDocumentModel.Tone.BAD;
        subjectLine.setVisible(!subjectLine.getText().isEmpty() && !saidByNotice);
        subjectLine.setManaged(subjectLine.isVisible());

        notice.getStyleClass().removeAll("info", "success", "error");
        notice.setText(n == null ? "" : n.text());
        if (n != null) {
            notice.getStyleClass().add(n.kind().name().toLowerCase(Locale.ROOT));
        }
        notice.setVisible(n != null);
        notice.setManaged(n != null);

        IssueDocumentModel.Shown shown = model.shownProperty().get();
        int index = Math.min(model.pageProperty().get(), Math.max(0, images.size() - 1));
        page.setImage(images.isEmpty() ? null : images.get(index));
        previewEmpty.setVisible(shown == null);
        previewStatus.setText(shown == null ? "" : shown.entry().number().format() + "\n"
                + messages.text(shown.duplicate() ? "issue.preview.duplicate" : "issue.preview.original") + " · "
                + messages.text(shown.printed() ? "issue.preview.printed" : "issue.preview.notPrinted"));
        previewStatus.getStyleClass().removeAll("printed", "duplicate");
        if (shown != null && shown.printed()) {
            previewStatus.getStyleClass().add("printed");
        }
        pageLabel.setText(images.isEmpty() ? "" : messages.text("issue.preview.page", index + 1, images.size()));
    }

    /** Enter issues (except in the list of delivered papers, where it starts a new line); F5-F7 print. */
    public boolean onKey(KeyEvent event) {
        KeyCode k = event.getCode();
        if (k == KeyCode.ENTER && !(event.getTarget() instanceof TextArea) && !items.isFocused()) {
            if (code.isFocused()) {
                model.lookUpSubject();
            }
            model.issue();
            return true;
        }
        switch (k) {
            case F5 -> model.printA4();
            case F6 -> model.printReceipt();
            case F7 -> model.reprint();
            case PAGE_DOWN -> model.nextPage();
            case PAGE_UP -> model.previousPage();
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the keyboard starts: the codice fiscale field while it is empty (a typed code must land
     * somewhere); the kind when the citizen at the counter already filled it in.
     */
    public void focus() {
        String typed = model.subjectCodeProperty().get();
        if (typed == null || typed.isBlank()) {
            code.requestFocus();
        } else {
            kinds.requestFocus();
        }
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("form-label");
        return l;
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }
}
