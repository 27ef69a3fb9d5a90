package org.sportello.operator.desk;

/**
 * What an operator can do at the desk, with the key that does it from anywhere on the screen. The
 * key names are those of JavaFX's KeyCode, so the view binds exactly what the buttons show.
 * Function keys only: Space and Enter belong to the focused button or text field, and a digit or
 * letter would be typed into the ticket-code field.
 */
public enum DeskAction {
    CALL_NEXT("F1"),
    RECALL("F2"),
    FINISH("F3"),
    NO_SHOW("F4"),
    TRANSFER("F5"),
    CALL_SPECIFIC("F6"),
    /** Pause when open, resume when paused. */
    PAUSE("F7"),
    /** Check a document's code: the QR or bar code a hand scanner types, or a number typed by hand. */
    CHECK_DOCUMENT("F8"),
    CLOSE_DAY("F9"),
    LOG_OUT("F10"),
    /** Issue a document (certificate, receipt, letter), preview it, print it, reprint it (ADR 20). */
    ISSUE_DOCUMENT("F11"),
    /** The citizen's file: personal and professional data, for the citizen at the counter or anyone found. */
    CITIZEN_FILE("F12"),
    /** A company's hiring, termination, transformation or extension handed in at the counter; the stamped copy. */
    COMPANY_COMMUNICATION("F12", true),
    /** Book, rebook or cancel an appointment for the citizen at the counter and print its letter (issue 13). */
    AGENDA_BOOKING("F8", true),
    /** The operator's own day and week; supervisors see anyone's calendar (issue 13). */
    AGENDA_CALENDAR("F10", true),
    /**
     * Supervisors only: edit a person's or a workshop's calendar (hours, slot lengths, absences, room and seats) and
     * the office's booking rule (issue 13, ADR 38). Not offered to operators at all: no key, no button.
     */
    CALENDAR_EDITOR("F10", Modifier.CTRL),
    /** A company's vacancies (service D): record, match candidates, log contacts, print the shortlist, close. */
    VACANCIES("F7", true),
    /** The citizen's case: DID, derived employment status, case manager, pact measures, contact plan (ADR 29). */
    CITIZEN_CASE("F11", true),
    /** The case manager's caseload: their cases' deadlines (every case manager's for a supervisor). */
    CASELOAD("F9", true);

    /** What is held with the function key. */
    public enum Modifier {
        NONE,
        SHIFT,
        CTRL
    }

    private final String key;
    private final Modifier modifier;

    DeskAction(String key) {
        this(key, Modifier.NONE);
    }

    DeskAction(String key, boolean shift) {
        this(key, shift ? Modifier.SHIFT : Modifier.NONE);
    }

    DeskAction(String key, Modifier modifier) {
        this.key = key;
        this.modifier = modifier;
    }

    /** The function key, as JavaFX's KeyCode names it. */
    public String key() {
        return key;
    }

    /** Whether Shift is held with {@link #key()}. */
    public boolean shift() {
        return modifier == Modifier.SHIFT;
    }

    public Modifier modifier() {
        return modifier;
    }

    /** Only a supervisor's desk has this action: an operator's has neither its key nor its button. */
    public boolean supervisorsOnly() {
        return this == CLOSE_DAY || this == CALENDAR_EDITOR;
    }

    /** The key as the keycap shows it: "F12", "⇧F12" with Shift, "Ctrl F12" with Control. */
    public String label() {
        return switch (modifier) {
            case NONE -> key;
            case SHIFT -> "\u21e7" + key;
            case CTRL -> "Ctrl " + key;
        };
    }

    /** Resource key of the button text, e.g. {@code action.CALL_NEXT}. */
    public String textKey() {
        return "action." + name();
    }
}
