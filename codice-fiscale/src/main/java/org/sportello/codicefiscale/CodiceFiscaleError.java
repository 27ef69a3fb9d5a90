package org.sportello.codicefiscale;

/** Why a text is not a valid codice fiscale; each reason has its own operator-facing message. */
public enum CodiceFiscaleError {
    EMPTY("no codice fiscale given"),
    WRONG_LENGTH("a codice fiscale has 16 characters"),
    INVALID_CHARACTER("only letters A-Z and digits 0-9 are allowed"),
    LETTER_EXPECTED("positions 1-6, 9 and 16 must be letters"),
    DIGIT_EXPECTED("positions 7-8, 10-11 and 13-15 must be digits or the omocodia letters L-V"),
    OMOCODIA_OUT_OF_ORDER("omocodia letters replace digits from the right; a digit follows a replaced one"),
    INVALID_MONTH("the month letter (position 9) must be one of ABCDEHLMPRST"),
    INVALID_DAY("the day (positions 10-11) must be 01-31 for men or 41-71 for women"),
    INVALID_DATE("the birth date does not exist"),
    INVALID_PLACE("the place code (positions 12-15) must be a letter and three digits"),
    WRONG_CHECK_CHARACTER("the check character (position 16) does not match: mistyped code");

    private final String message;

    CodiceFiscaleError(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
