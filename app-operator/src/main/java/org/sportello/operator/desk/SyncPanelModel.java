package org.sportello.operator.desk;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.sync.LinkState;
import org.sportello.model.sync.SyncHealth;
import org.sportello.operator.office.OfficeWork;
import org.sportello.operator.ui.Messages;

/**
 * The supervisor's view of the office's sync with central: link state, last sync, backlog, open
 * review entries, last error (in the desk's language, with the server's message as a detail). Read
 * from the office database every {@value #REFRESH_TICKS} ticks; the service itself refuses anyone
 * below supervisor, so the panel shows the refusal rather than data if one ever got here.
 * UI thread only.
 */
public final class SyncPanelModel {
    static final int REFRESH_TICKS = 5;

    private final OfficeWork office;
    private final OperatorSession operator;
    private final Messages messages;
    private final ZoneId zone;
    private final ReadOnlyObjectWrapper<LinkState> link = new ReadOnlyObjectWrapper<>(this, "link");
    private final ReadOnlyStringWrapper linkText = new ReadOnlyStringWrapper(this, "linkText", "");
    private final ReadOnlyStringWrapper lastSyncText = new ReadOnlyStringWrapper(this, "lastSyncText", "");
    private final ReadOnlyStringWrapper backlogText = new ReadOnlyStringWrapper(this, "backlogText", "");
    private final ReadOnlyStringWrapper errorText = new ReadOnlyStringWrapper(this, "errorText", "");
    private final ReadOnlyStringWrapper detailText = new ReadOnlyStringWrapper(this, "detailText", "");
    private final ReadOnlyStringWrapper reviewsText = new ReadOnlyStringWrapper(this, "reviewsText", "");
    private final ReadOnlyObjectWrapper<Integer> openReviews = new ReadOnlyObjectWrapper<>(this, "openReviews");
    private SyncHealth health;
    private String refusal;
    private boolean reading;
    private int ticks;

    public SyncPanelModel(OfficeWork office, OperatorSession operator, ZoneId zone) {
        this.office = office;
        this.operator = operator;
        this.messages = office.messages();
        this.zone = zone;
        messages.localeProperty().addListener((o, was, now) -> render());
        render();
    }

    /** About once a second with the desk's tick. */
    public void tick() {
        if (ticks++ % REFRESH_TICKS == 0) {
            refresh();
        }
    }

    public void refresh() {
        if (reading || office.status().isDown()) {
            return;
        }
        reading = true;
        office.submit(s -> s.syncHealth().read(operator), h -> {
            reading = false;
            health = h;
            refusal = null;
            render();
        }, failure -> {
            reading = false;
            // Office down: the desk's banner says it; the last reading stays on screen.
            if (failure.message() != null) {
                refusal = failure.message();
                health = null;
                render();
            }
        });
    }

    private void render() {
        if (health == null) {
            link.set(null);
            linkText.set(refusal != null ? refusal : messages.text("sync.loading"));
            lastSyncText.set("");
            backlogText.set("");
            errorText.set("");
            detailText.set("");
            reviewsText.set("");
            openReviews.set(null);
            return;
        }
        link.set(health.link());
        linkText.set(messages.text("sync.link." + health.link().name()));
        lastSyncText.set(messages.text("sync.last", health.lastSuccess() == null ? messages.text("sync.never")
                : time(health.lastSuccess())));
        // The number itself: the text picks "1 evento" or "5 eventi" from it (a plural form).
        backlogText.set(messages.text("sync.backlog", health.backlog()));
        // The supervisor reads what happened in the desk's language; the server's own message (English,
        // for the technician) stays underneath as a detail.
        errorText.set(health.fault() == null ? "" : messages.text("sync.error",
                messages.text("sync.fault." + health.fault().name())));
        detailText.set(health.lastError() == null ? "" : messages.text("sync.detail", health.lastError()));
        openReviews.set(health.openReviews());
        reviewsText.set(health.openReviews() == null ? "" : messages.text("sync.reviews",
                NumberFormat.getIntegerInstance(messages.locale()).format(health.openReviews())));
    }

    private String time(Instant t) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                .withLocale(messages.locale()).withZone(zone).format(t);
    }

    public ReadOnlyObjectProperty<LinkState> linkProperty() {
        return link.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty linkTextProperty() {
        return linkText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastSyncTextProperty() {
        return lastSyncText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty backlogTextProperty() {
        return backlogText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorTextProperty() {
        return errorText.getReadOnlyProperty();
    }

    /** The technical message behind {@link #errorTextProperty()}, for the technician. */
    public ReadOnlyStringProperty detailTextProperty() {
        return detailText.getReadOnlyProperty();
    }

    /** "Edits in review: N" once a round has asked central; empty before. */
    public ReadOnlyStringProperty reviewsTextProperty() {
        return reviewsText.getReadOnlyProperty();
    }

    /** Open review entries this office sees on central; null when not known yet. */
    public ReadOnlyObjectProperty<Integer> openReviewsProperty() {
        return openReviews.getReadOnlyProperty();
    }
}
