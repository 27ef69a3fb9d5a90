package org.sportello.operator.vacancies;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sportello.model.offers.ContractType;
import org.sportello.model.offers.OfferHours;
import org.sportello.model.profile.Occupation;
import org.sportello.model.vacancies.Vacancy;
import org.sportello.model.vacancies.VacancyField;
import org.sportello.operator.ui.Messages;

/**
 * The vacancy list and form: the open vacancies on the left, the picked (or a new) one on the right.
 * Keys: F3 new, F4 check, Enter records, F6 its candidates.
 */
public final class VacancyPane extends HBox {
    private final VacancyModel model;
    private final Messages messages;
    private final ListView<Vacancy> list = new ListView<>();
    private final TextField employerCode;
    private final Map<VacancyField, Node> fields;
    private final ComboBox<Vacancy.Outcome> closeAs = new ComboBox<>();
    private Runnable onCandidates = () -> { };

    public VacancyPane(VacancyModel model) {
        this.model = model;
        this.messages = model.messages();
        getStyleClass().add("vac-pane");
        setSpacing(14);

        list.setId("vacList");
        list.setItems(model.vacancies());
        list.setPlaceholder(new Label(messages.text("vac.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Vacancy item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.line(item));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null && now != model.selectedProperty().get()) {
                model.show(now);
            }
        });
        list.setPrefWidth(220);
        list.setMinWidth(150);
        Label listTitle = Views.heading(messages, "vac.label.list");
        VBox left = new VBox(6, listTitle, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setMinWidth(150);
        left.setPrefWidth(220);
        left.setMaxWidth(340);

        employerCode = Views.field("vacEmployerCode", model.employerCodeProperty());
        TextField employerName = Views.field("vacEmployerName", model.employerNameProperty());
        TextField contact = Views.field("vacEmployerContact", model.employerContactProperty());
        CheckBox publish = new CheckBox(messages.text("vac.label.publish"));
        publish.setId("vacPublish");
        publish.setWrapText(true);
        publish.selectedProperty().bindBidirectional(model.publishEmployerProperty());
        TextField title = Views.field("vacTitle", model.titleProperty());
        ComboBox<Occupation> occupation = new ComboBox<>();
        occupation.setId("vacOccupation");
        occupation.setConverter(Views.converter(model::occupationLabel));
        occupation.getItems().setAll(model.occupations(""));
        occupation.valueProperty().bindBidirectional(model.occupationProperty());
        occupation.setMaxWidth(Double.MAX_VALUE);
        occupation.setMinWidth(100);
        TextField filter = new TextField();
        filter.setId("vacOccupationSearch");
        filter.setPromptText(messages.text("file.prompt.occupationSearch"));
        filter.setPrefColumnCount(8);
        org.sportello.operator.ui.PromptWidth.whole(filter);
        filter.textProperty().addListener((obs, old, now) -> {
            List<Occupation> found = model.occupations(now);
            occupation.getItems().setAll(found);
            if (found.size() == 1) {
                occupation.setValue(found.getFirst());
            }
        });
        // The closed box shows the code; the full title, often long, wraps beside it instead of being cut.
        occupation.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Occupation item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.code());
            }
        });
        occupation.setMaxWidth(90);
        occupation.setMinWidth(90);
        Label occupationTitle = new Label();
        occupationTitle.setId("vacOccupationTitle");
        occupationTitle.setWrapText(true);
        occupationTitle.setMinWidth(0);
        occupationTitle.setMaxWidth(Double.MAX_VALUE);
        occupationTitle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.occupationProperty().get() == null ? "" : model.occupationProperty().get().title(
                        messages.locale()), model.occupationProperty()));
        HBox occupationRow = new HBox(8, filter, occupation, occupationTitle);
        occupationRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(occupationTitle, Priority.ALWAYS);
        TextField municipality = Views.field("vacMunicipality", model.municipalityProperty());
        TextField province = Views.field("vacProvince", model.provinceProperty());
        province.setPrefColumnCount(3);
        province.setMaxWidth(70);
        HBox where = new HBox(8, municipality, province);
        HBox.setHgrow(municipality, Priority.ALWAYS);
        ComboBox<ContractType> contract = new ComboBox<>();
        contract.setId("vacContract");
        contract.getItems().setAll(ContractType.values());
        contract.setConverter(Views.converter(model::contractName));
        contract.valueProperty().bindBidirectional(model.contractProperty());
        contract.setMaxWidth(Double.MAX_VALUE);
        // As narrow as the longest name needs ("Tempo indeterminato" and the arrow): 218 ran past its column at
        // 1024 px and the arrow touched the "Orario" label beside it.
        contract.setMinWidth(190);
        contract.setPrefWidth(218);
        ComboBox<OfferHours> hours = new ComboBox<>();
        hours.setId("vacHours");
        hours.getItems().setAll(OfferHours.values());
        hours.setConverter(Views.converter(model::hoursName));
        hours.valueProperty().bindBidirectional(model.hoursProperty());
        hours.setMaxWidth(Double.MAX_VALUE);
        hours.setMinWidth(150);
        TextField positions = Views.field("vacPositions", model.positionsProperty());
        ComboBox<Integer> isced = new ComboBox<>();
        isced.setId("vacIsced");
        isced.getItems().setAll(IntStream.rangeClosed(-1, 8).boxed().toList());
        isced.setConverter(Views.converter(model::iscedName));
        isced.valueProperty().bindBidirectional(model.minIscedProperty());
        isced.setMaxWidth(Double.MAX_VALUE);
        isced.setMinWidth(Region.USE_PREF_SIZE);
        isced.setPrefWidth(140);
        TextField years = Views.field("vacYears", model.yearsProperty());
        TextField skills = Views.field("vacSkills", model.skillsProperty());
        skills.setPromptText(messages.text("vac.prompt.skills"));
        TextField languages = Views.field("vacLanguages", model.languagesProperty());
        languages.setPromptText(messages.text("vac.prompt.languages"));
        TextField licences = Views.field("vacLicences", model.licencesProperty());
        licences.setPromptText(messages.text("vac.prompt.licences"));
        TextField publishOn = Views.field("vacPublishOn", model.publishOnProperty());
        TextField expiresOn = Views.field("vacExpiresOn", model.expiresOnProperty());
        fields = Map.of(VacancyField.EMPLOYER_CODE, employerCode, VacancyField.EMPLOYER_NAME, employerName,
                VacancyField.TITLE, title, VacancyField.OCCUPATION, occupation, VacancyField.MUNICIPALITY, municipality,
                VacancyField.CONTRACT, contract, VacancyField.HOURS, hours, VacancyField.POSITIONS, positions,
                VacancyField.DATES, expiresOn);

        GridPane g = new GridPane();
        g.getStyleClass().add("file-grid");
        for (int i = 0; i < 4; i++) {
            ColumnConstraints c = new ColumnConstraints();
            if (i % 2 == 0) {
                c.setMinWidth(Region.USE_PREF_SIZE);
            } else {
                c.setHgrow(Priority.ALWAYS);
                // The fields' own minimum widths hold: a column squeezed below them drew one over the next label.
                c.setMinWidth(Region.USE_COMPUTED_SIZE);
                c.setPrefWidth(180);
            }
            g.getColumnConstraints().add(c);
        }
        int r = 0;
        g.addRow(r++, Views.label(messages, "vac.label.employerCode"), employerCode,
                Views.label(messages, "vac.label.employerName"), employerName);
        // The address has the whole row, the consent its own line under it: beside each other at 1024 px the field
        // was narrower than an ordinary address ("selezione@felsinee.examp").
        g.add(Views.label(messages, "vac.label.contact"), 0, r);
        g.add(contact, 1, r++, 3, 1);
        g.add(publish, 1, r++, 3, 1);
        g.add(Views.label(messages, "vac.label.title"), 0, r);
        g.add(title, 1, r++, 3, 1);
        g.add(Views.label(messages, "vac.label.occupation"), 0, r);
        g.add(occupationRow, 1, r++, 3, 1);
        g.addRow(r++, Views.label(messages, "vac.label.where"), where, Views.label(messages, "vac.label.positions"),
                positions);
        g.addRow(r++, Views.label(messages, "vac.label.contract"), contract, Views.label(messages, "vac.label.hours"),
                hours);
        g.addRow(r++, Views.label(messages, "vac.label.isced"), isced, Views.label(messages, "vac.label.years"), years);
        g.add(Views.label(messages, "vac.label.skills"), 0, r);
        g.add(skills, 1, r++, 3, 1);
        g.addRow(r++, Views.label(messages, "vac.label.languages"), languages,
                Views.label(messages, "vac.label.licences"), licences);
        g.addRow(r, Views.label(messages, "vac.label.publishOn"), publishOn,
                Views.label(messages, "vac.label.expiresOn"), expiresOn);
        model.missingProperty().addListener(o -> mark());

        Label notice = Views.noticeLine("vacNotice", model.noticeProperty());
        Button fresh = Views.button(messages, "vacNewButton", "F3", "vac.button.new", model::blank);
        Button check = Views.button(messages, "vacCheckButton", "F4", "vac.button.check", model::check);
        Button save = Views.button(messages, "vacSaveButton", messages.text("file.key.enter"), "vac.button.save",
                model::save);
        save.getStyleClass().add("primary");
        save.disableProperty().bind(model.busyProperty());
        Button candidates = Views.button(messages, "vacCandidatesButton", "F6", "vac.button.candidates",
                () -> onCandidates.run());
        candidates.disableProperty().bind(model.selectedProperty().isNull());
        closeAs.setId("vacCloseOutcome");
        closeAs.getItems().setAll(Vacancy.Outcome.values());
        closeAs.setConverter(Views.converter(model::outcomeName));
        closeAs.setPromptText(messages.text("vac.prompt.close"));
        closeAs.disableProperty().bind(model.selectedProperty().isNull());
        Button close = Views.button(messages, "vacCloseButton", "F9", "vac.button.close",
                () -> model.close(closeAs.getValue()));
        close.disableProperty().bind(model.selectedProperty().isNull().or(closeAs.valueProperty().isNull()));
        HBox buttons = new HBox(10, fresh, check, save, candidates);
        buttons.setAlignment(Pos.CENTER_LEFT);
        HBox closing = new HBox(10, closeAs, close);
        closing.setAlignment(Pos.CENTER_LEFT);
        VBox right = new VBox(10, g, notice, buttons, closing);
        right.setMinWidth(0);
        HBox.setHgrow(right, Priority.ALWAYS);
        getChildren().addAll(left, right);
        setMinWidth(0);
        model.selectedProperty().addListener((obs, was, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(now);
            }
            closeAs.setValue(null);
        });
    }

    /** What the candidates button (F6) opens: the sheet swaps to the matching view. */
    public void onCandidates(Runnable action) {
        this.onCandidates = action;
    }

    public boolean onKey(KeyEvent e) {
        switch (e.getCode()) {
            case F3 -> model.blank();
            case F4 -> model.check();
            case F6 -> {
                if (model.selectedProperty().get() != null) {
                    onCandidates.run();
                }
            }
            case F9 -> model.close(closeAs.getValue());
            case ENTER -> {
                if (e.getTarget() instanceof ComboBox<?> || e.getTarget() instanceof ListView<?>) {
                    return false;
                }
                model.save();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    public void focus() {
        employerCode.requestFocus();
    }

    private void mark() {
        fields.forEach((f, node) -> {
            node.getStyleClass().remove("field-missing");
            if (model.missingProperty().get().contains(f)) {
                node.getStyleClass().add("field-missing");
            }
        });
    }
}
