package org.sportello.operator.desk;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.sportello.model.office.CounterState;
import org.sportello.operator.cases.CaseModel;
import org.sportello.operator.cases.CasePane;
import org.sportello.operator.cases.CaseloadPane;
import org.sportello.operator.cases.CaseloadModel;
import org.sportello.operator.communication.CommunicationModel;
import org.sportello.operator.communication.CommunicationPane;
import org.sportello.operator.profile.CitizenFileModel;
import org.sportello.operator.ui.Keycaps;
import org.sportello.operator.ui.Messages;
import org.sportello.operator.ui.Notice;
import org.sportello.operator.ui.Screen;

/**
 * The counter desk. Function keys work wherever the focus is (the window hands every key here
 * first); while a sheet is open only its own keys and Esc do.
 */
public final class DeskView implements Screen {
    private static final DeskAction[] ACTION_GRID = {
        DeskAction.CALL_NEXT, DeskAction.RECALL, DeskAction.FINISH, DeskAction.NO_SHOW,
        DeskAction.TRANSFER, DeskAction.CALL_SPECIFIC, DeskAction.PAUSE, DeskAction.LOG_OUT
    };

    /** Width of the four keys' row under which they stack keycap over words. */
    static final double NARROW_KEYS = 680;
    private final DeskViewModel model;
    private final Messages messages;
    private final Map<KeyCode, DeskAction> keys = new EnumMap<>(KeyCode.class);
    private final Map<KeyCode, DeskAction> shiftKeys = new EnumMap<>(KeyCode.class);
    private final Map<KeyCode, DeskAction> ctrlKeys = new EnumMap<>(KeyCode.class);
    private final CitizenFileModel citizenFile;
    private final CommunicationModel communication;
    private final org.sportello.operator.agenda.BookingModel booking;
    private final org.sportello.operator.agenda.CalendarModel calendar;
    /** Supervisors only (null at an operator's desk): the calendar and booking-rule editor. */
    private final org.sportello.operator.agenda.CalendarEditorModel calendarEditor;
    private final org.sportello.operator.vacancies.VacancyModel vacancies;
    private final org.sportello.operator.vacancies.MatchingModel matching;
    private final CaseModel citizenCase;
    private final CaseloadModel caseload;
    /** A case picked in the caseload, opened by the case sheet instead of the citizen at the counter. */
    private String caseToOpen;
    /** A company's code from F11's stamped copy, for the communication sheet that checks and stamps it. */
    private String employerToOpen;
    private final StackPane root = new StackPane();
    private final BorderPane desk = new BorderPane();
    private final StackPane sheetLayer = new StackPane();
    private final Button callNext;
    private SheetCard sheet;

    public DeskView(DeskViewModel model) {
        this.model = model;
        this.messages = model.messages();
        for (DeskAction a : DeskAction.values()) {
            if (a.supervisorsOnly() && !model.isSupervisor()) {
                continue;
            }
            (switch (a.modifier()) {
                case NONE -> keys;
                case SHIFT -> shiftKeys;
                case CTRL -> ctrlKeys;
            }).put(KeyCode.getKeyCode(a.key()), a);
        }
        // The sheets with a ViewModel of their own, made once for this desk.
        DeskSession s = model.session();
        this.citizenFile = new CitizenFileModel(model.officeWork(), s.operator(), s.office().zone(), model.clock(),
                model::citizenAtCounter);
        this.communication = new CommunicationModel(model.officeWork(), s.operator(), s.office().zone(),
                model.clock(), model.printers());
        this.booking = new org.sportello.operator.agenda.BookingModel(model.officeWork(), s.operator(),
                s.office().zone(), model.clock(), model.printers(), model::citizenAtCounter);
        this.calendar = new org.sportello.operator.agenda.CalendarModel(model.officeWork(), s.operator(),
                s.office().zone(), model.clock());
        this.calendarEditor = model.isSupervisor() ? new org.sportello.operator.agenda.CalendarEditorModel(
                model.officeWork(), s.operator(), s.office().zone(), model.clock()) : null;
        this.vacancies = new org.sportello.operator.vacancies.VacancyModel(model.officeWork(), s.operator(),
                s.office().zone(), model.clock());
        this.matching = new org.sportello.operator.vacancies.MatchingModel(model.officeWork(), s.operator(),
                s.office().zone(), model.printers());
        this.citizenCase = new CaseModel(model.officeWork(), s.operator(), s.office().zone(), model.clock(),
                model::citizenAtCounter);
        this.caseload = new CaseloadModel(model.officeWork(), s.operator());
        // F11's stamped copy goes through the communication intake, which checks the communication first.
        model.issueDocument().onStampedCopy(code -> {
            employerToOpen = code;
            model.open(DeskViewModel.Sheet.COMPANY_COMMUNICATION);
        });
        root.getStyleClass().add("desk-root");
        desk.getStyleClass().add("desk");

        GridPane actions = new GridPane();
        actions.getStyleClass().add("action-grid");
        for (int i = 0; i < 4; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(25);
            c.setFillWidth(true);
            actions.getColumnConstraints().add(c);
        }
        Button first = null;
        for (int i = 0; i < ACTION_GRID.length; i++) {
            Button b = actionButton(ACTION_GRID[i]);
            actions.add(b, i % 4, i / 4);
            if (first == null) {
                first = b;
            }
        }
        callNext = first;
        // Below this a key's words no longer fit beside its keycap: the keycap goes above them (CSS).
        actions.widthProperty().addListener((obs, was, now) -> {
            boolean narrow = now.doubleValue() > 0 && now.doubleValue() < NARROW_KEYS;
            for (javafx.scene.Node n : new javafx.scene.Node[] {actions, actions.getParent()}) {
                if (n != null && narrow != n.getStyleClass().contains("narrow")) {
                    if (narrow) {
                        n.getStyleClass().add("narrow");
                    } else {
                        n.getStyleClass().remove("narrow");
                    }
                }
            }
        });

        Label notice = new Label();
        notice.setId("notice");
        notice.getStyleClass().add("notice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        // A message is read whole: the ticket panel above gives way instead.
        notice.setMinHeight(Region.USE_PREF_SIZE);
        model.noticeProperty().addListener((obs, old, now) -> showNotice(notice, now));
        showNotice(notice, null);

        TicketPanel ticket = new TicketPanel(model);
        VBox.setVgrow(ticket, Priority.ALWAYS);
        // The message sits between the ticket and the keys: when it takes two lines the ticket panel
        // gives way, and the keys, anchored to the bottom, stay under the operator's hand.
        VBox left = new VBox(ticket, notice, actions);
        left.getStyleClass().add("desk-left");
        // Under the keys, where the ticket panel has room to spare: in the right column it pushed the
        // office's queues and recent activity out of sight.
        model.syncPanel().ifPresent(p -> left.getChildren().add(new SyncPanel(p, messages)));
        HBox.setHgrow(left, Priority.ALWAYS);

        QueueBoard board = new QueueBoard(model);
        VBox right = new VBox(board);
        right.getStyleClass().add("desk-right");
        if (model.isSupervisor()) {
            right.getChildren().add(supervisorBox());
        }
        right.getChildren().add(board.activityBox());
        // The document keys share a row, and the file keys another, so the activity list above keeps its height.
        Button check = actionButton(DeskAction.CHECK_DOCUMENT);
        Button issue = actionButton(DeskAction.ISSUE_DOCUMENT);
        HBox.setHgrow(check, Priority.ALWAYS);
        HBox.setHgrow(issue, Priority.ALWAYS);
        HBox documents = new HBox(8, check, issue);
        HBox files = halves(actionButton(DeskAction.CITIZEN_FILE), actionButton(DeskAction.COMPANY_COMMUNICATION));
        HBox cases = halves(actionButton(DeskAction.CITIZEN_CASE), actionButton(DeskAction.CASELOAD));
        HBox agenda = halves(actionButton(DeskAction.AGENDA_BOOKING), actionButton(DeskAction.AGENDA_CALENDAR));
        // Service D on a row of its own: a third key beside two others cut their words at 1024 px.
        Button vacancy = actionButton(DeskAction.VACANCIES);
        vacancy.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(vacancy, Priority.ALWAYS);
        // A supervisor's calendar editor shares service D's row: a row more pushed the status bar off a 1024x768 desk.
        HBox vacancies = model.isSupervisor() ? halves(vacancy, actionButton(DeskAction.CALENDAR_EDITOR))
                : new HBox(vacancy);
        right.getChildren().addAll(documents, files, cases, agenda, vacancies);
        HBox center = new HBox(left, right);
        center.getStyleClass().add("desk-center");
        desk.setTop(new DeviceBanner(model.deviceWarnings(), messages));
        desk.setCenter(center);
        desk.setBottom(statusBar());

        sheetLayer.getStyleClass().add("sheet-layer");
        sheetLayer.setVisible(false);
        root.getChildren().addAll(desk, sheetLayer);

        InvalidationListener sheetChanged = o -> showSheet();
        model.sheetProperty().addListener(sheetChanged);
        model.dayReportProperty().addListener(sheetChanged);
    }

    private Button actionButton(DeskAction action) {
        var text = action == DeskAction.PAUSE
                ? Bindings.when(model.counterStateProperty().isEqualTo(CounterState.PAUSED))
                        .then(messages.bind("action.RESUME")).otherwise(messages.bind(action.textKey()))
                : messages.bind(action.textKey());
        Button b = Keycaps.button(action.label(), text);
        b.setId("action-" + action.name());
        b.getStyleClass().add("action");
        if (action == DeskAction.CALL_NEXT) {
            b.getStyleClass().add("primary");
        }
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMaxHeight(Double.MAX_VALUE);
        b.setWrapText(true);
        b.disableProperty().bind(model.enabledProperty(action).not());
        b.setOnAction(e -> model.trigger(action));
        return b;
    }

    /** Two keys sharing a row in equal halves (from the same small preferred width), neither cut for the other. */
    private static HBox halves(Button left, Button right) {
        for (Button b : new Button[] {left, right}) {
            b.setPrefWidth(100);
            HBox.setHgrow(b, Priority.ALWAYS);
        }
        return new HBox(8, left, right);
    }

    private VBox supervisorBox() {
        Label title = new Label();
        title.textProperty().bind(messages.bind("desk.supervisor"));
        title.getStyleClass().add("section-title");
        Button closeDay = actionButton(DeskAction.CLOSE_DAY);
        closeDay.getStyleClass().add("danger");
        VBox box = new VBox(title, closeDay);
        box.getStyleClass().add("supervisor-box");
        return box;
    }

    private HBox statusBar() {
        DeskSession s = model.session();
        Label operator = new Label(messages.text("status.operator", s.operator().displayName(),
                messages.name(s.operator().role())));
        operator.setId("statusOperator");
        operator.getStyleClass().add("status-strong");
        Label counter = new Label(messages.text("status.counter", s.counter().number(), s.counter().prefixes()));
        counter.setId("statusCounter");
        Label office = new Label(s.office().name());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label clock = new Label();
        clock.setId("statusClock");
        clock.getStyleClass().add("status-strong");
        clock.textProperty().bind(model.clockTextProperty());
        HBox bar = new HBox(operator, separator(), counter, separator(), office, spacer, clock);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Label separator() {
        Label l = new Label("|");
        l.getStyleClass().add("status-separator");
        return l;
    }

    private static void showNotice(Label label, Notice notice) {
        label.getStyleClass().removeAll("info", "success", "error");
        if (notice == null) {
            label.setText(" ");
            return;
        }
        label.setText(notice.text());
        label.getStyleClass().add(notice.kind().name().toLowerCase(java.util.Locale.ROOT));
    }

    private void showSheet() {
        DeskViewModel.Sheet which = model.sheetProperty().get();
        sheet = switch (which) {
            case NONE -> null;
            case OUTCOME -> new OutcomeSheet(model);
            case TRANSFER -> new TransferSheet(model);
            case CALL_SPECIFIC -> new CallSpecificSheet(model);
            case PAUSE -> new PauseSheet(model);
            case CLOSE_DAY -> new CloseDaySheet(model);
            case CHECK_DOCUMENT -> new DocumentCheckSheet(model);
            case TICKET_SCAN -> new TicketScanSheet(model);
            case ISSUE_DOCUMENT -> new IssueDocumentSheet(model);
            case CITIZEN_FILE -> {
                citizenFile.open();
                yield new CitizenFileSheet(model, citizenFile);
            }
            case COMPANY_COMMUNICATION -> {
                communication.open();
                if (employerToOpen != null) {
                    communication.employerCodeProperty().set(employerToOpen);
                    employerToOpen = null;
                }
                yield new PaneSheet(model, "communicationSheet", "comm-sheet", "comm.title.sheet", "comm.keys",
                        new CommunicationPane(communication), false);
            }
            case CITIZEN_CASE -> {
                if (caseToOpen != null) {
                    citizenCase.open(caseToOpen);
                    caseToOpen = null;
                } else {
                    citizenCase.open();
                }
                yield new PaneSheet(model, "caseSheet", "file-sheet", "case.title.sheet", "case.keys",
                        new CasePane(citizenCase), true);
            }
            case CASELOAD -> {
                caseload.open();
                // A row picked opens that citizen's case in the caseload's place.
                yield new PaneSheet(model, "caseloadSheet", "file-sheet", "caseload.title.sheet", "caseload.keys",
                        new CaseloadPane(caseload, code -> {
                            caseToOpen = code;
                            model.open(DeskViewModel.Sheet.CITIZEN_CASE);
                        }), true);
            }
            case AGENDA_BOOKING -> {
                booking.open();
                yield new BookingSheet(model, booking);
            }
            case AGENDA_CALENDAR -> {
                calendar.open();
                yield new CalendarSheet(model, calendar);
            }
            case CALENDAR_EDITOR -> {
                calendarEditor.open();
                yield new PaneSheet(model, "calendarEditorSheet", "agenda-sheet", "editor.title", "editor.keys",
                        new org.sportello.operator.agenda.CalendarEditorPane(calendarEditor), true);
            }
            case VACANCIES -> {
                vacancies.open();
                yield new VacancySheet(model, vacancies, matching);
            }
        };
        if (sheet == null) {
            sheetLayer.getChildren().clear();
            sheetLayer.setVisible(false);
            desk.setDisable(false);
            callNext.requestFocus();
            return;
        }
        sheetLayer.getChildren().setAll(sheet);
        StackPane.setAlignment(sheet, Pos.CENTER);
        sheetLayer.setVisible(true);
        desk.setDisable(true);
        sheet.focus();
    }

    @Override
    public void onKey(KeyEvent event) {
        if (event.getEventType() != KeyEvent.KEY_PRESSED) {
            return;
        }
        if (sheet != null) {
            if (event.getCode() == KeyCode.ESCAPE) {
                model.closeSheet();
                event.consume();
            } else if (sheet.onKey(event) || event.getCode().isFunctionKey()) {
                // Function keys would act on the desk behind the sheet: swallow them.
                event.consume();
            }
            return;
        }
        DeskAction action = (event.isControlDown() ? ctrlKeys : event.isShiftDown() ? shiftKeys : keys)
                .get(event.getCode());
        if (action != null) {
            model.trigger(action);
            event.consume();
        }
    }

    /**
     * A queue ticket's QR or a health card through a keyboard-wedge reader, whatever has the focus;
     * while a sheet is open, the sheet's (the F8 sheet takes scans in its field).
     */
    @Override
    public boolean onScan(String burst) {
        return sheet == null ? model.ticketScan().scan(burst) || model.citizenCard().read(burst) : sheet.onScan(burst);
    }

    @Override
    public void tick() {
        model.tick();
    }

    @Override
    public void shown() {
        callNext.requestFocus();
    }

    @Override
    public void dispose() {
        model.dispose();
    }

    @Override
    public Parent root() {
        return root;
    }
}
