package org.sportello.model.setup;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.sportello.model.auth.Role;
import org.sportello.model.office.Area;
import org.sportello.model.office.OpeningHours;

/**
 * An office's configuration as an IT technician writes it: services, counters, operators, how long
 * an operator's session may stay unused before the server ends it, how many days after a ticket's
 * day its codice fiscale and priority class are kept (ADR 0026), the nightly backups (ADR 0025), whether
 * citizens stamp their attendance card at the kiosk (set-up key {@code stamping.offered}, ADR 0035), and the
 * case rules (contact plan and communication deadlines, {@link OfficeRules}). {@code phone} is the office's public
 * telephone number (set-up key {@code office.phone}, may be null): with its address, where a citizen of another
 * office applies to a vacancy this office published with the company's contacts reserved (issue 12, ADR 37).
 */
public record OfficeSetup(String code, String name, String address, String timeZone,
                          List<ServiceSetup> services, List<CounterSetup> counters, List<OperatorSetup> operators,
                          Duration sessionIdle, int ticketDataDays, BackupSetup backups, boolean stampingOffered,
                          OfficeRules rules, String phone) {
    /** The longest phone number the set-up takes (the database's column). */
    public static final int MAX_PHONE = 30;
    /** What a phone number may be written with. */
    public static final String PHONE = "\\+?[0-9][0-9 ./()-]*";
    public static final Duration DEFAULT_SESSION_IDLE = Duration.ofMinutes(30);
    /** The database keeps whole minutes in this range (office_session_idle_ck). */
    public static final int MAX_SESSION_IDLE_MINUTES = 720;
    /** Days a ticket's codice fiscale and priority class are kept after its day (set-up privacy.ticket.days). */
    public static final int DEFAULT_TICKET_DATA_DAYS = 30;
    /** The database keeps the days in this range (office_ticket_data_days_ck). */
    public static final int MAX_TICKET_DATA_DAYS = 3650;

    public OfficeSetup {
        sessionIdle = sessionIdle == null ? DEFAULT_SESSION_IDLE : sessionIdle;
        ticketDataDays = ticketDataDays == 0 ? DEFAULT_TICKET_DATA_DAYS : ticketDataDays;
        if (ticketDataDays < 1 || ticketDataDays > MAX_TICKET_DATA_DAYS) {
            throw new IllegalArgumentException("ticket data days must be between 1 and " + MAX_TICKET_DATA_DAYS
                    + ": " + ticketDataDays);
        }
        backups = backups == null ? BackupSetup.DEFAULT : backups;
        rules = rules == null ? OfficeRules.SHIPPED : rules;
        phone = phone == null || phone.isBlank() ? null : phone.strip();
        if (phone != null && (phone.length() > MAX_PHONE || !phone.matches(PHONE))) {
            throw new IllegalArgumentException("a phone number is digits, spaces and + . / ( ) -, at most "
                    + MAX_PHONE + " characters: " + phone);
        }
    }

    /** Without a phone number. */
    public OfficeSetup(String code, String name, String address, String timeZone,
                       List<ServiceSetup> services, List<CounterSetup> counters, List<OperatorSetup> operators,
                       Duration sessionIdle, int ticketDataDays, BackupSetup backups, boolean stampingOffered,
                       OfficeRules rules) {
        this(code, name, address, timeZone, services, counters, operators, sessionIdle, ticketDataDays, backups,
                stampingOffered, rules, null);
    }

    /** With the shipped case rules. */
    public OfficeSetup(String code, String name, String address, String timeZone,
                       List<ServiceSetup> services, List<CounterSetup> counters, List<OperatorSetup> operators,
                       Duration sessionIdle, int ticketDataDays, BackupSetup backups, boolean stampingOffered) {
        this(code, name, address, timeZone, services, counters, operators, sessionIdle, ticketDataDays, backups,
                stampingOffered, OfficeRules.SHIPPED);
    }

    /** Without attendance stamping at the kiosk (set-up key {@code stamping.offered}, off unless said). */
    public OfficeSetup(String code, String name, String address, String timeZone,
                       List<ServiceSetup> services, List<CounterSetup> counters, List<OperatorSetup> operators,
                       Duration sessionIdle, int ticketDataDays, BackupSetup backups) {
        this(code, name, address, timeZone, services, counters, operators, sessionIdle, ticketDataDays, backups, false);
    }

    public OfficeSetup(String code, String name, String address, String timeZone,
                       List<ServiceSetup> services, List<CounterSetup> counters, List<OperatorSetup> operators,
                       Duration sessionIdle, int ticketDataDays) {
        this(code, name, address, timeZone, services, counters, operators, sessionIdle, ticketDataDays,
                BackupSetup.DEFAULT);
    }

    public OfficeSetup(String code, String name, String address, String timeZone,
                       List<ServiceSetup> services, List<CounterSetup> counters, List<OperatorSetup> operators,
                       Duration sessionIdle, BackupSetup backups) {
        this(code, name, address, timeZone, services, counters, operators, sessionIdle, DEFAULT_TICKET_DATA_DAYS,
                backups);
    }

    public OfficeSetup(String code, String name, String address, String timeZone,
                       List<ServiceSetup> services, List<CounterSetup> counters, List<OperatorSetup> operators,
                       Duration sessionIdle) {
        this(code, name, address, timeZone, services, counters, operators, sessionIdle, DEFAULT_TICKET_DATA_DAYS,
                BackupSetup.DEFAULT);
    }

    public OfficeSetup(String code, String name, String address, String timeZone,
                       List<ServiceSetup> services, List<CounterSetup> counters, List<OperatorSetup> operators) {
        this(code, name, address, timeZone, services, counters, operators, DEFAULT_SESSION_IDLE);
    }

    /** The same office with other operators (e.g. only the administrator, whose password was just asked). */
    public OfficeSetup withOperators(List<OperatorSetup> others) {
        return new OfficeSetup(code, name, address, timeZone, services, counters, List.copyOf(others), sessionIdle,
                ticketDataDays, backups, stampingOffered, rules, phone);
    }

    /** The same office with attendance stamping at the kiosk offered or not. */
    public OfficeSetup withStamping(boolean offered) {
        return new OfficeSetup(code, name, address, timeZone, services, counters, operators, sessionIdle,
                ticketDataDays, backups, offered, rules, phone);
    }

    public record ServiceSetup(String prefix, String nameIt, String nameEn, String descriptionIt,
                               String descriptionEn, Area area, int targetWaitMinutes, int defaultServiceMinutes,
                               int displayOrder, OpeningHours hours) {
    }

    /** @param weights service prefix → call weight */
    public record CounterSetup(int number, String name, Map<String, Integer> weights) {
    }

    /** The initial password is hashed on load and only set for a new operator. */
    public record OperatorSetup(String login, String displayName, Role role, String initialPassword) {
    }

    /**
     * The office server's nightly backup (ADR 25): the time of day, in the office's zone, and how many
     * backups it keeps in {@code DATA/backups} (set-up keys {@code backup.time} and {@code backup.keep}).
     */
    public record BackupSetup(java.time.LocalTime at, int keep) {
        public static final java.time.LocalTime DEFAULT_TIME = java.time.LocalTime.of(2, 30);
        public static final int DEFAULT_KEEP = 14;
        /** The database keeps counts in this range (office_backups_kept_ck). */
        public static final int MAX_KEEP = 365;
        public static final BackupSetup DEFAULT = new BackupSetup(DEFAULT_TIME, DEFAULT_KEEP);

        public BackupSetup {
            java.util.Objects.requireNonNull(at, "at");
            if (keep < 1 || keep > MAX_KEEP) {
                throw new IllegalArgumentException("backups kept must be between 1 and " + MAX_KEEP + ": " + keep);
            }
            // Whole minutes: the set-up says HH:MM, and a second-exact time would only look like a typo.
            at = at.withSecond(0).withNano(0);
        }
    }
}
