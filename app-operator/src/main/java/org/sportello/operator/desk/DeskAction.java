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
    ISSUE_DOCUMENT("F11");

    private final String key;

    DeskAction(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Resource key of the button text, e.g. {@code action.CALL_NEXT}. */
    public String textKey() {
        return "action." + name();
    }
}
