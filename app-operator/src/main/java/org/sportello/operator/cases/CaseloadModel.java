package org.sportello.operator.cases;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.auth.Role;
import org.sportello.model.cases.Caseload;
import org.sportello.model.cases.CaseloadEntry;
import org.sportello.operator.office.OfficeWork;
import org.sportello.operator.ui.Messages;
import org.sportello.operator.ui.Notice;

/**
 * A case manager's caseload at the desk (ADR 29): every deadline of their cases, overdue first, then due this
 * week (to Sunday), then later, each by date. An operator sees their own; a supervisor sees every case
 * manager's, or one case manager's when a login is typed. The server decides who may see what.
 */
public final class CaseloadModel {
    private final OfficeWork office;
    private final Messages messages;
    private final OperatorSession operator;
    private final DeadlineWords words;

    private final StringProperty login = new SimpleStringProperty(this, "login", "");
    private final ObservableList<CaseloadRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper whose = new ReadOnlyStringWrapper(this, "whose", "");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    public CaseloadModel(OfficeWork office, OperatorSession operator) {
        this.office = office;
        this.messages = office.messages();
        this.operator = operator;
        this.words = new DeadlineWords(messages);
    }

    /** The sheet opens on the operator's own caseload, or on everyone's for a supervisor. */
    public void open() {
        login.set("");
        rows.clear();
        summary.set("");
        whose.set("");
        notice.set(null);
        load();
    }

    /** Reads the caseload of the login typed (a supervisor), or the default one when none is. */
    public void load() {
        if (busy.get()) {
            return;
        }
        String typed = login.get() == null ? "" : login.get().strip();
        busy.set(true);
        office.submit(s -> s.cases().caseload(operator, typed.isEmpty() ? null : typed), caseload -> {
            busy.set(false);
            show(caseload, typed);
        }, failure -> {
            busy.set(false);
            notice.set(failure.message() == null ? null : Notice.error(failure.message()));
        });
    }

    private void show(Caseload c, String typed) {
        rows.setAll(c.entries().stream().map(e -> new CaseloadRow(e.bucket(), words.date(e.deadline().on()),
                e.taxCode(), e.name() == null ? e.taxCode() : e.name(), words.what(e.deadline()),
                e.caseManager().name())).toList());
        summary.set(messages.text("caseload.summary", c.in(CaseloadEntry.Bucket.OVERDUE).size(),
                c.in(CaseloadEntry.Bucket.THIS_WEEK).size(), words.date(c.weekEnds()),
                c.in(CaseloadEntry.Bucket.LATER).size()));
        if (!typed.isEmpty()) {
            whose.set(messages.text("caseload.whose.one", typed));
        } else if (supervisor()) {
            whose.set(messages.text("caseload.whose.all"));
        } else {
            whose.set(messages.text("caseload.whose.mine", operator.displayName()));
        }
        notice.set(rows.isEmpty() ? Notice.info(messages.text("caseload.none")) : null);
    }

    /** What the bucket heading says beside each row. */
    public String bucketName(CaseloadEntry.Bucket b) {
        return messages.text("caseload.bucket." + b.name());
    }

    /** Supervisors read anyone's caseload; the view offers them the login field. */
    public boolean supervisor() {
        return operator.role().includes(Role.SUPERVISOR);
    }

    public Messages messages() {
        return messages;
    }

    public StringProperty loginProperty() {
        return login;
    }

    public ObservableList<CaseloadRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty whoseProperty() {
        return whose.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
