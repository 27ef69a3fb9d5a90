package org.sportello.operator.profile;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
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
import org.sportello.model.profile.CefrLevel;
import org.sportello.model.profile.DrivingLicence;
import org.sportello.model.profile.EducationTitle;
import org.sportello.model.profile.Occupation;
import org.sportello.model.profile.PersonMatch;
import org.sportello.model.profile.Shift;
import org.sportello.model.profile.WorkingHours;
import org.sportello.operator.ui.Choices;
import org.sportello.operator.ui.Keycaps;
import org.sportello.operator.ui.Messages;
import org.sportello.operator.ui.RowsHigh;
import org.sportello.operator.ui.SheetPane;
import org.sportello.operator.ui.Notice;

/**
 * The citizen file's view: the search line, the person's header and area line, the two parts in tabs,
 * and, when a save met a newer version, the conflict with both versions side by side in their place.
 * Keys: Enter in the search line finds, F5 saves; in a conflict F6 keeps the stored file, F7 saves
 * this desk's edit over it.
 */
public final class CitizenFilePane extends VBox implements SheetPane {
    private final CitizenFileModel model;
    private final Messages messages;
    private final TextField search = new TextField();
    private final ListView<PersonMatch> matches = new ListView<>();
    private final Label header = new Label();
    private final Label area = new Label();
    private final Label notice = new Label();
    private final TabPane tabs = new TabPane();
    private final VBox conflictPane = new VBox();
    private final StackPane body = new StackPane();

    public CitizenFilePane(CitizenFileModel model) {
        this.model = model;
        this.messages = model.messages();
        getStyleClass().add("file-pane");

        search.setId("fileSearch");
        search.getStyleClass().add("file-search");
        search.setPromptText(messages.text("file.search.prompt"));
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setOnAction(e -> model.find());
        Button find = Keycaps.button(messages.text("file.key.enter"), messages.text("file.button.find"));
        find.setFocusTraversable(false);
        find.setOnAction(e -> model.find());
        HBox searchRow = new HBox(10, search, find);
        HBox.setHgrow(search, Priority.ALWAYS);
        searchRow.setAlignment(Pos.CENTER_LEFT);

        matches.setId("fileMatches");
        matches.getStyleClass().add("file-matches");
        matches.setItems(model.matches());
        matches.setCellFactory(list -> Choices.cell(model::matchText));
        matches.setPrefHeight(150);
        matches.setOnMouseClicked(e -> pickSelected());
        matches.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                pickSelected();
                e.consume();
            }
        });
        matches.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.matches()));
        matches.managedProperty().bind(matches.visibleProperty());

        header.setId("fileHeader");
        header.getStyleClass().add("file-header");
        header.setWrapText(true);
        header.textProperty().bind(model.headerProperty());
        area.setId("fileArea");
        area.getStyleClass().add("file-area");
        area.setWrapText(true);
        area.setMaxWidth(Double.MAX_VALUE);
        area.setMinHeight(Region.USE_PREF_SIZE);
        header.setMinHeight(Region.USE_PREF_SIZE);
        area.textProperty().bind(model.areaProperty());
        area.visibleProperty().bind(model.areaProperty().isNotEmpty());
        area.managedProperty().bind(area.visibleProperty());
        model.areaToneProperty().addListener(o -> tone());
        tone();

        tabs.setId("fileTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(new Tab(messages.text("file.tab.personal"), scroll(personal())),
                new Tab(messages.text("file.tab.professional"), scroll(professional())));
        tabs.disableProperty().bind(model.editableProperty().not());
        conflictPane.setId("conflictPane");
        conflictPane.getStyleClass().add("conflict-pane");
        // As high as what it says, at the top of the sheet: stretched to the tabs' height it left a tall empty
        // frame between the F6/F7 keys and the notice. A short window still shrinks it (the grid scrolls).
        conflictPane.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane.setAlignment(conflictPane, Pos.TOP_LEFT);
        body.getChildren().addAll(tabs, conflictPane);
        VBox.setVgrow(body, Priority.ALWAYS);
        model.conflictProperty().addListener(o -> showConflict());
        showConflict();

        notice.setId("fileNotice");
        notice.getStyleClass().add("issue-notice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setMinHeight(Region.USE_PREF_SIZE);
        model.noticeProperty().addListener(o -> showNotice());
        showNotice();

        Button save = Keycaps.button("F5", messages.text("file.button.save"));
        save.setId("fileSave");
        save.getStyleClass().add("primary");
        save.setFocusTraversable(false);
        save.setOnAction(e -> model.save());
        save.disableProperty().bind(model.editableProperty().not().or(model.busyProperty())
                .or(model.conflictProperty().isNotNull()));
        HBox buttons = new HBox(10, save);
        getChildren().addAll(searchRow, matches, header, area, body, notice, buttons);
        setMinWidth(0);
    }

    /** Keys while the sheet is open; true when they were for it. */
    @Override
    public boolean onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.F5) {
            model.save();
            return true;
        }
        if (e.getCode() == KeyCode.F6 && model.conflictProperty().get() != null) {
            model.keepStored();
            return true;
        }
        if (e.getCode() == KeyCode.F7 && model.conflictProperty().get() != null) {
            model.saveMineOverStored();
            return true;
        }
        return false;
    }

    @Override
    public void focus() {
        search.requestFocus();
        search.end();
    }

    private void pickSelected() {
        PersonMatch m = matches.getSelectionModel().getSelectedItem();
        if (m != null) {
            model.pick(m);
        }
    }

    // ------------------------------------------------------------------ personal

    private Node personal() {
        GridPane g = grid(4);
        int r = 0;
        g.addRow(r++, label("file.field.familyName"), bound("fileFamilyName", model.familyNameProperty()),
                label("file.field.givenNames"), bound("fileGivenNames", model.givenNamesProperty()));
        g.addRow(r++, label("file.field.birthPlace"), bound("fileBirthPlace", model.birthPlaceProperty()),
                label("file.field.citizenship"), bound("fileCitizenship", model.citizenshipProperty()));
        g.addRow(r++, label("file.field.phone"), bound("filePhone", model.phoneProperty()),
                label("file.field.email"), bound("fileEmail", model.emailProperty()));
        r = address(g, r, "file.residence", "fileResidence", model.residence());
        address(g, r, "file.domicile", "fileDomicile", model.domicile());
        return g;
    }

    private int address(GridPane g, int r, String titleKey, String id, CitizenFileModel.AddressFields a) {
        Label title = new Label(messages.text(titleKey));
        title.getStyleClass().add("sheet-heading");
        g.add(title, 0, r++, 4, 1);
        TextField province = bound(id + "Province", a.province);
        province.setPrefColumnCount(3);
        TextField postcode = bound(id + "Postcode", a.postcode);
        postcode.setPrefColumnCount(6);
        g.addRow(r++, label("file.field.street"), bound(id + "Street", a.street),
                label("file.field.postcode"), postcode);
        g.addRow(r++, label("file.field.municipality"), bound(id + "Municipality", a.municipality),
                label("file.field.province"), province);
        return r;
    }

    // ------------------------------------------------------------------ professional

    private Node professional() {
        VBox box = new VBox(8);
        box.getChildren().addAll(heading("file.section.education"), educationList(), educationForm(),
                heading("file.section.experience"), experienceList(), experienceForm(),
                heading("file.section.skills"), skills(),
                heading("file.section.languages"), languageList(), languageForm(),
                heading("file.section.licences"), licences(),
                heading("file.section.availability"), availability());
        return box;
    }

    private Node educationList() {
        ListView<org.sportello.model.profile.Education> list = new ListView<>(model.education());
        list.setId("fileEducation");
        RowsHigh.fit(list, messages.text("file.education.none"), 6, model::educationText);
        return withRemove(list);
    }

    private Node educationForm() {
        ComboBox<EducationTitle> title = new ComboBox<>();
        title.setId("fileEducationTitle");
        title.getItems().setAll(EducationTitle.values());
        title.setConverter(Choices.converter(t -> messages.text("file.title." + t.name()) + " (ISCED " + t.isced() + ")"));
        title.setPromptText(messages.text("file.prompt.title"));
        TextField field = prompt(new TextField(), "file.prompt.field");
        TextField institution = prompt(new TextField(), "file.prompt.institution");
        TextField year = prompt(new TextField(), "file.prompt.year");
        year.setPrefColumnCount(5);
        Button add = small("file.button.add", () -> {
            model.addEducation(title.getValue(), field.getText(), institution.getText(), year.getText());
            if (model.noticeProperty().get() == null) {
                field.clear();
                institution.clear();
                year.clear();
            }
        });
        add.setId("fileEducationAdd");
        return row(title, field, institution, year, add);
    }

    private Node experienceList() {
        ListView<org.sportello.model.profile.Experience> list = new ListView<>(model.experience());
        list.setId("fileExperience");
        RowsHigh.fit(list, messages.text("file.experience.none"), 6, model::experienceText);
        return withRemove(list);
    }

    private Node experienceForm() {
        TextField employer = prompt(new TextField(), "file.prompt.employer");
        employer.setId("fileExperienceEmployer");
        ComboBox<Occupation> occupation = new ComboBox<>();
        occupation.setId("fileOccupation");
        occupation.setEditable(false);
        occupation.setPromptText(messages.text("file.prompt.occupation"));
        occupation.setConverter(Choices.converter(model::occupationLabel));
        // ISCO names run to 60 characters ("432 · Addetti alla registrazione dei materiali…"): the list gets a row
        // of its own with the search, and all its width, so the chosen one reads whole.
        occupation.setPrefWidth(300);
        occupation.setMinWidth(160);
        occupation.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(occupation, Priority.ALWAYS);
        TextField filter = prompt(new TextField(), "file.prompt.occupationSearch");
        filter.setId("fileOccupationSearch");
        filter.setPrefColumnCount(10);
        org.sportello.operator.ui.PromptWidth.whole(filter);
        occupation.getItems().setAll(model.occupations(""));
        filter.textProperty().addListener((obs, old, now) -> {
            List<Occupation> found = model.occupations(now);
            occupation.getItems().setAll(found);
            if (found.size() == 1) {
                occupation.setValue(found.getFirst());
            }
        });
        TextField role = prompt(new TextField(), "file.prompt.role");
        TextField from = prompt(new TextField(), "file.prompt.from");
        TextField to = prompt(new TextField(), "file.prompt.to");
        role.setId("fileExperienceRole");
        from.setId("fileExperienceFrom");
        to.setId("fileExperienceTo");
        from.setPrefColumnCount(8);
        to.setPrefColumnCount(8);
        Button add = small("file.button.add", () -> {
            model.addExperience(employer.getText(), occupation.getValue(), role.getText(), from.getText(), to.getText());
            if (model.noticeProperty().get() == null) {
                employer.clear();
                role.clear();
                from.clear();
                to.clear();
            }
        });
        add.setId("fileExperienceAdd");
        return new VBox(6, row(employer, role), rowAsIs(filter, occupation), row(from, to, add));
    }

    private Node skills() {
        TextArea area = new TextArea();
        area.setId("fileSkills");
        area.setPrefRowCount(2);
        area.setPromptText(messages.text("file.prompt.skills"));
        area.textProperty().bindBidirectional(model.skillsProperty());
        return area;
    }

    private Node languageList() {
        ListView<org.sportello.model.profile.LanguageSkill> list = new ListView<>(model.languages());
        list.setId("fileLanguages");
        RowsHigh.fit(list, messages.text("file.languages.none"), 6, model::languageText);
        return withRemove(list);
    }

    private Node languageForm() {
        TextField language = prompt(new TextField(), "file.prompt.language");
        ComboBox<CefrLevel> level = new ComboBox<>();
        level.getItems().setAll(CefrLevel.values());
        level.setPromptText(messages.text("file.prompt.cefr"));
        Button add = small("file.button.add", () -> {
            model.addLanguage(language.getText(), level.getValue());
            if (model.noticeProperty().get() == null) {
                language.clear();
            }
        });
        return row(language, level, add);
    }

    private Node licences() {
        FlowPane flow = new FlowPane(10, 6);
        for (DrivingLicence l : DrivingLicence.values()) {
            CheckBox box = new CheckBox(l.name());
            box.setId("fileLicence" + l.name());
            box.setSelected(model.licences().contains(l));
            box.selectedProperty().addListener((obs, old, now) -> {
                if (now) {
                    model.licences().add(l);
                } else {
                    model.licences().remove(l);
                }
            });
            model.licences().addListener((SetChangeListener<DrivingLicence>) c -> box.setSelected(model.licences().contains(l)));
            flow.getChildren().add(box);
        }
        return flow;
    }

    private Node availability() {
        ComboBox<WorkingHours> hours = new ComboBox<>();
        hours.setId("fileHours");
        hours.getItems().setAll(WorkingHours.values());
        hours.setConverter(Choices.converter(h -> messages.text("file.hours." + h.name())));
        hours.valueProperty().bindBidirectional(model.hoursProperty());
        FlowPane shifts = new FlowPane(10, 6);
        for (Shift s : Shift.values()) {
            CheckBox box = new CheckBox(messages.text("file.shift." + s.name()));
            box.setId("fileShift" + s.name());
            box.setSelected(model.shifts().contains(s));
            box.selectedProperty().addListener((obs, old, now) -> {
                if (now) {
                    model.shifts().add(s);
                } else {
                    model.shifts().remove(s);
                }
            });
            model.shifts().addListener((SetChangeListener<Shift>) c -> box.setSelected(model.shifts().contains(s)));
            shifts.getChildren().add(box);
        }
        TextField km = bound("fileTravelKm", model.travelKmProperty());
        km.setPrefColumnCount(5);
        Label kmLabel = new Label(messages.text("file.field.travelKm"));
        HBox line = row(hours, shifts, kmLabel, km);
        HBox.setHgrow(shifts, Priority.ALWAYS);
        return line;
    }

    // ------------------------------------------------------------------ the conflict

    private void showConflict() {
        CitizenFileModel.Conflict c = model.conflictProperty().get();
        conflictPane.setVisible(c != null);
        tabs.setVisible(c == null);
        if (c == null) {
            conflictPane.getChildren().clear();
            return;
        }
        Label title = new Label(messages.text("file.conflict.title"));
        title.getStyleClass().add("conflict-title");
        Label explain = new Label(messages.text("file.conflict.explain", c.yours().version(), c.stored().version()));
        explain.setWrapText(true);
        GridPane grid = grid(3);
        grid.getColumnConstraints().get(0).setMinWidth(130);
        grid.setId("conflictGrid");
        grid.addRow(0, new Label(""), heading("file.conflict.yours", c.yours().version()),
                heading("file.conflict.stored", c.stored().version()));
        int r = 1;
        for (CitizenFileModel.ConflictRow row : c.rows()) {
            Label part = new Label(row.label());
            part.getStyleClass().add("form-label");
            Label yours = new Label(row.yours());
            yours.getStyleClass().addAll("conflict-cell", "conflict-yours");
            Label stored = new Label(row.stored());
            stored.getStyleClass().addAll("conflict-cell", "conflict-stored");
            for (Label l : List.of(yours, stored)) {
                l.setWrapText(true);
                l.setMaxWidth(Double.MAX_VALUE);
            }
            grid.addRow(r++, part, yours, stored);
        }
        Button keep = Keycaps.button("F6", messages.text("file.conflict.keep"));
        keep.setId("conflictKeep");
        keep.setOnAction(e -> model.keepStored());
        Button mine = Keycaps.button("F7", messages.text("file.conflict.mine"));
        mine.setId("conflictMine");
        mine.getStyleClass().add("danger");
        mine.setOnAction(e -> model.saveMineOverStored());
        HBox choices = new HBox(10, keep, mine);
        ScrollPane versions = scroll(grid);
        versions.setId("conflictVersions");
        conflictPane.getChildren().setAll(title, explain, versions, choices);
    }

    // ------------------------------------------------------------------ small parts

    private void tone() {
        area.getStyleClass().removeAll("tone-good", "tone-warn", "tone-neutral");
        area.getStyleClass().add("tone-" + model.areaToneProperty().get().name().toLowerCase(java.util.Locale.ROOT));
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

    private Node withRemove(ListView<?> list) {
        Button remove = small("file.button.remove", () -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                list.getItems().remove(i);
            }
        });
        remove.setId(list.getId() + "Remove");
        HBox box = new HBox(8, list, remove);
        HBox.setHgrow(list, Priority.ALWAYS);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        s.getStyleClass().add("file-scroll");
        return s;
    }

    private GridPane grid(int columns) {
        GridPane g = new GridPane();
        g.getStyleClass().add("file-grid");
        for (int i = 0; i < columns; i++) {
            ColumnConstraints c = new ColumnConstraints();
            if (columns == 4 && i % 2 == 0) {
                c.setMinWidth(Region.USE_PREF_SIZE);
            } else {
                c.setHgrow(Priority.ALWAYS);
                c.setMinWidth(0);
                c.setPrefWidth(200);
            }
            g.getColumnConstraints().add(c);
        }
        return g;
    }

    private Label label(String key) {
        Label l = new Label(messages.text(key));
        l.getStyleClass().add("form-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private Label heading(String key, Object... args) {
        Label l = new Label(messages.text(key, args));
        l.getStyleClass().add("sheet-heading");
        return l;
    }

    private static TextField bound(String id, javafx.beans.property.StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        f.setMinWidth(40);
        return f;
    }

    private TextField prompt(TextField f, String key) {
        f.setPromptText(messages.text(key));
        f.setMinWidth(60);
        return f;
    }

    private Button small(String key, Runnable action) {
        Button b = new Button(messages.text(key));
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** A row whose nodes keep the growth they were given. */
    private static HBox rowAsIs(Node... nodes) {
        HBox h = new HBox(8, nodes);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private static HBox row(Node... nodes) {
        HBox h = new HBox(8, nodes);
        h.setAlignment(Pos.CENTER_LEFT);
        for (Node n : nodes) {
            if (n instanceof TextField) {
                HBox.setHgrow(n, Priority.ALWAYS);
            }
        }
        return h;
    }
}
