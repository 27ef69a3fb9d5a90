package org.sportello.operator.login;

import java.util.Locale;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.sportello.model.office.CounterState;
import org.sportello.operator.desk.CounterProfile;
import org.sportello.operator.ui.Messages;
import org.sportello.operator.ui.Screen;

/** Login: user, password, counter (with the services it serves), language. */
public final class LoginView implements Screen {
    private final LoginViewModel model;
    private final Messages messages;
    private final StackPane root = new StackPane();
    private final TextField user = new TextField();
    private final PasswordField password = new PasswordField();
    private final ComboBox<Locale> language = new ComboBox<>();

    public LoginView(LoginViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        root.getStyleClass().add("login-root");

        Label title = new Label();
        title.textProperty().bind(messages.bind("login.title"));
        title.getStyleClass().add("login-title");
        Label office = new Label();
        office.setId("officeName");
        office.textProperty().bind(Bindings.when(model.officeNameProperty().isEmpty())
                .then(messages.bind("login.loading")).otherwise(model.officeNameProperty()));
        office.getStyleClass().add("login-office");

        user.setId("userName");
        user.textProperty().bindBidirectional(model.userNameProperty());
        password.setId("password");
        password.textProperty().bindBidirectional(model.passwordProperty());

        ListView<CounterProfile> counters = new ListView<>(model.counters());
        counters.setId("counterList");
        counters.setCellFactory(list -> new CounterCell());
        Label noCounters = new Label();
        noCounters.textProperty().bind(messages.bind("login.noCounters"));
        noCounters.getStyleClass().add("login-keys");
        counters.setPlaceholder(noCounters);
        counters.setPrefHeight(3 * 72 + 4);
        // A row keeps the height measured when it was first drawn: the first counter's, measured before the
        // list had its width, was a line short of its wrapped services. Measured again at the width it has.
        counters.widthProperty().addListener((obs, was, now) -> counters.refresh());
        counters.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.counterProperty().set(now);
            }
        });
        model.counterProperty().addListener((obs, old, now) -> counters.getSelectionModel().select(now));

        language.setId("language");
        language.getItems().setAll(Messages.SUPPORTED);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale locale) {
                return locale == null ? "" : Messages.text(locale, "language.name");
            }

            @Override
            public Locale fromString(String text) {
                return null;
            }
        });
        language.valueProperty().bindBidirectional(model.languageProperty());

        GridPane form = new GridPane();
        form.getStyleClass().add("login-form");
        form.getColumnConstraints().addAll(new ColumnConstraints(), grow());
        form.addRow(0, label("login.user"), user);
        form.addRow(1, label("login.password"), password);
        Label counterLabel = label("login.counter");
        GridPane.setValignment(counterLabel, VPos.TOP);
        form.addRow(2, counterLabel, counters);
        form.addRow(3, label("login.language"), language);
        messages.localeProperty().addListener((obs, old, now) -> counters.refresh());

        Label error = new Label();
        error.setId("loginError");
        error.textProperty().bind(model.errorProperty());
        error.getStyleClass().add("login-error");
        error.setWrapText(true);
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Button logIn = new Button();
        logIn.setId("loginButton");
        logIn.textProperty().bind(Bindings.when(model.busyProperty())
                .then(messages.bind("login.busy")).otherwise(messages.bind("login.submit")));
        logIn.disableProperty().bind(model.canLogInProperty().not());
        logIn.getStyleClass().add("primary");
        logIn.setMaxWidth(Double.MAX_VALUE);
        logIn.setOnAction(e -> model.logIn());

        Label keys = new Label();
        keys.textProperty().bind(messages.bind("login.keys"));
        keys.getStyleClass().add("login-keys");

        Label badge = new Label();
        badge.setId("badgeHint");
        badge.textProperty().bind(messages.bind("login.badgeHint"));
        badge.getStyleClass().add("login-keys");
        badge.setWrapText(true);

        VBox card = new VBox(title, office, form, error, logIn, keys, badge);
        card.getStyleClass().add("login-card");
        card.setMaxSize(620, Region.USE_PREF_SIZE);
        root.getChildren().add(card);
        StackPane.setAlignment(card, Pos.CENTER);

        // A wrong login empties the password: put the cursor back there for the next try.
        model.refusalsProperty().addListener((obs, old, now) -> password.requestFocus());
    }

    private Label label(String key) {
        Label l = new Label();
        l.textProperty().bind(messages.bind(key));
        l.getStyleClass().add("form-label");
        return l;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setFillWidth(true);
        return c;
    }

    @Override
    public Parent root() {
        return root;
    }

    /** Enter logs in from any field: the counter list would otherwise keep it for itself. */
    @Override
    public void onKey(KeyEvent event) {
        if (event.getEventType() == KeyEvent.KEY_PRESSED && event.getCode() == KeyCode.ENTER
                && !language.isShowing()) {
            model.logIn();
            event.consume();
        }
    }

    /** A badge reader that types like a keyboard: log in with it, whatever field has the focus. */
    @Override
    public boolean onScan(String burst) {
        return model.badgeSwiped(burst);
    }

    @Override
    public void shown() {
        Platform.runLater(() -> (model.userNameProperty().get().isBlank() ? user : password).requestFocus());
    }

    @Override
    public void dispose() {
        model.dispose();
    }

    /** "Sportello 1" with its services underneath and whether someone is using it. */
    private final class CounterCell extends ListCell<CounterProfile> {
        @Override
        protected void updateItem(CounterProfile item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(item.name());
            name.getStyleClass().add("counter-name");
            Label state = new Label(item.state() == CounterState.CLOSED ? ""
                    : messages.text("login.counterInUse", messages.name(item.state()).toLowerCase(messages.locale())));
            state.getStyleClass().add("counter-in-use");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox top = new HBox(8, name, spacer, state);
            Label services = new Label(messages.text("login.counterServices", item.services().stream()
                    .map(s -> s.prefix() + " " + s.name(messages.locale())).collect(Collectors.joining(" · "))));
            services.getStyleClass().add("counter-services");
            services.setWrapText(true);
            // The cell's height follows the wrapped lines, never an ellipsis on the first pass.
            services.setMinHeight(Region.USE_PREF_SIZE);
            // Its own width too: a wrapping label asked its height without a width wraps at its preferred width,
            // which is one long line, and the row came out a line short whenever the list asked that way first.
            services.prefWidthProperty().bind(getListView().widthProperty().subtract(36));
            VBox box = new VBox(2, top, services);
            // As wide as the list, so long service names wrap instead of scrolling sideways.
            box.prefWidthProperty().bind(getListView().widthProperty().subtract(36));
            box.setMaxWidth(Region.USE_PREF_SIZE);
            setText(null);
            setGraphic(box);
        }
    }
}
