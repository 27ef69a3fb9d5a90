package org.sportello.model.common;

/** Every failure a user can meet, each with a text in {@code problems*.properties}. */
public enum Problem {
    OFFICE_UNAVAILABLE,
    UNKNOWN_SERVICE,
    SERVICE_CLOSED,
    UNKNOWN_COUNTER,
    UNKNOWN_TICKET,
    UNKNOWN_OFFICE,
    COUNTER_PAUSED,
    COUNTER_CLOSED,
    COUNTER_BUSY,
    COUNTER_DOES_NOT_SERVE,
    NO_CURRENT_TICKET,
    TICKET_NOT_WAITING,
    NOT_ENOUGH_RECALLS,
    REASON_REQUIRED,
    LOGIN_FAILED,
    ACCESS_DENIED,
    INVALID_SETUP,
    UNKNOWN_PROTOCOL_ENTRY,
    ALREADY_ANNULLED,
    PROTOCOL_OF_ANOTHER_OFFICE,
    BADGE_UNKNOWN,
    BADGE_TAKEN,
    UNKNOWN_OPERATOR,
    NOT_ARCHIVED,
    ARCHIVE_DAMAGED,
    INVALID_TAX_CODE,
    PERSON_UNKNOWN,
    PERSON_NOT_REGISTERED,
    NO_AVAILABILITY_DECLARATION,
    // The citizen's case (issue 11, ADR 29)
    EMPLOYMENT_STATUS_NEEDS_DID,
    DID_LAPSED_BY_JOB,
    DID_ALREADY_IN_FORCE,
    DID_DATE_INVALID,
    NO_CASE_MANAGER,
    PACT_WITHOUT_MEASURES,
    UNKNOWN_MEASURE,
    /** A case, file or communication for a dossier another office owns (ADR 18): only the owner changes it. */
    DOSSIER_OF_ANOTHER_OFFICE,
    // Central row security (ADR 27)
    CENTRAL_TLS_REQUIRED,
    DOSSIER_READ_NEEDS_REASON,
    DOSSIER_MOVE_NEEDS_REASON,
    // The office protocol (ADR 23)
    NOT_LOGGED_IN,
    SESSION_EXPIRED,
    LOGIN_LOCKED,
    STATION_NOT_ALLOWED,
    STATION_UNKNOWN,
    ENROLMENT_REFUSED,
    INVALID_REQUEST,
    OPERATOR_EXISTS,
    // Upgrades (issue 15): a station older than the office server accepts
    STATION_OUTDATED,
    // Company communications (issue 11); a file or case of a dossier that moved away is DOSSIER_OF_ANOTHER_OFFICE
    COMMUNICATION_INCOMPLETE,
    // The job-offer catalogue (issue 12): no open offer by that id (expired, withdrawn, never there)
    UNKNOWN_OFFER,
    // The agenda (issue 13, ADR 34)
    UNKNOWN_CALENDAR,
    CALENDAR_CHANGED,
    /** A calendar edit would leave booked appointments outside its hours or seats (ADR 38). */
    CALENDAR_STRANDS_APPOINTMENTS,
    ABSENCE_IN_THE_PAST,
    // Opening a calendar (ADR 40)
    CALENDAR_EXISTS,
    CALENDAR_NAME_TAKEN,
    CALENDAR_NAME_MISSING,
    CALENDAR_HOURS_INVALID,
    CALENDAR_SLOT_INVALID,
    WORKSHOP_ROOM_MISSING,
    WORKSHOP_SEATS_INVALID,
    SLOT_TAKEN,
    SLOT_NOT_OFFERED,
    NO_FREE_SLOT,
    UNKNOWN_APPOINTMENT,
    APPOINTMENT_CLOSED,
    // Check-in and stamping at the kiosk (issue 13)
    CHECKIN_TOO_EARLY,
    CHECKIN_TOO_LATE,
    CHECKIN_OTHER_DAY,
    CHECKIN_NO_APPOINTMENT,
    CHECKIN_CODE_UNKNOWN,
    CHECKIN_CODE_ALTERED,
    CHECKIN_APPOINTMENT_CANCELLED,
    // Attendance stamping at the kiosk (issue 13, ADR 35)
    STAMPING_NOT_OFFERED,
    STAMP_CARD_EXPIRED,
    STAMP_CITIZEN_UNKNOWN,
    NO_STAMPS,
    VACANCY_INCOMPLETE,
    VACANCY_UNKNOWN,
    VACANCY_CLOSED,
    VACANCY_CHANGED,
    SHORTLIST_NOT_AGREED;

    public String key() {
        return "problem." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
    }
}
