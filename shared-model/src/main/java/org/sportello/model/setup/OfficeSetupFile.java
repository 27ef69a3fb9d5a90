package org.sportello.model.setup;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sportello.model.auth.Role;
import org.sportello.model.cases.ContactPlanRules;
import org.sportello.model.company.DeadlineRule;
import org.sportello.model.person.JobMovement;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.office.Area;
import org.sportello.model.office.OpeningHours;

/**
 * Reads an office set-up from a UTF-8 properties file (see {@code demo-office.properties}): plain
 * text that an office's IT staff can edit without tools.
 */
public final class OfficeSetupFile {
    private static final Pattern SERVICE_KEY = Pattern.compile("service\\.([A-Z]{1,2})\\.name\\.it");
    private static final Pattern COUNTER_KEY = Pattern.compile("counter\\.(\\d+)\\.services");
    private static final Pattern OPERATOR_KEY = Pattern.compile("operator\\.([a-z0-9._-]+)\\.name");

    private OfficeSetupFile() {
    }

    public static OfficeSetup read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new SportelloException(Problem.INVALID_SETUP, e, file + ": " + e.getMessage());
        }
    }

    public static OfficeSetup demo() {
        try (InputStream in = OfficeSetupFile.class.getResourceAsStream("demo-office.properties")) {
            return read(in);
        } catch (IOException e) {
            throw new IllegalStateException("the demo set-up ships inside the jar", e);
        }
    }

    public static OfficeSetup read(InputStream in) throws IOException {
        Properties p = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IllegalArgumentException e) {
            // Properties refuses a broken \\uXXXX escape with an unchecked exception: still a mistake in the file.
            throw invalid("a \\u escape is not four hexadecimal digits (" + e.getMessage() + ")");
        }
        return parse(p);
    }

    static OfficeSetup parse(Properties p) {
        List<OfficeSetup.ServiceSetup> services = new ArrayList<>();
        for (String prefix : keys(p, SERVICE_KEY)) {
            String base = "service." + prefix + ".";
            services.add(new OfficeSetup.ServiceSetup(prefix, required(p, base + "name.it"), required(p, base + "name.en"),
                    p.getProperty(base + "description.it"), p.getProperty(base + "description.en"),
                    area(required(p, base + "area"), base + "area"), integer(p, base + "target-wait", 15),
                    integer(p, base + "service-minutes", 8), integer(p, base + "order", services.size()),
                    hours(p.getProperty(base + "hours", ""), base + "hours")));
        }
        List<OfficeSetup.CounterSetup> counters = new ArrayList<>();
        for (String number : keys(p, COUNTER_KEY)) {
            String base = "counter." + number + ".";
            counters.add(new OfficeSetup.CounterSetup(counterNumber(number),
                    p.getProperty(base + "name", "Sportello " + number), weights(required(p, base + "services"), base)));
        }
        List<OfficeSetup.OperatorSetup> operators = new ArrayList<>();
        for (String login : keys(p, OPERATOR_KEY)) {
            String base = "operator." + login + ".";
            operators.add(new OfficeSetup.OperatorSetup(login, required(p, base + "name"),
                    role(p.getProperty(base + "role", "OPERATOR"), base + "role"), required(p, base + "password")));
        }
        OfficeSetup setup = new OfficeSetup(required(p, "office.code"), required(p, "office.name"),
                p.getProperty("office.address"), p.getProperty("office.time-zone", "Europe/Rome"),
                services, counters, operators, sessionIdle(p), ticketDataDays(p), backups(p), stamping(p), rules(p),
                phone(p));
        check(setup);
        return setup;
    }

    /** office.phone: the office's public number, optional (digits, spaces and + . / ( ) -). */
    private static String phone(Properties p) {
        String phone = p.getProperty("office.phone");
        if (phone != null && !phone.isBlank() && (phone.strip().length() > OfficeSetup.MAX_PHONE
                || !phone.strip().matches(OfficeSetup.PHONE))) {
            throw invalid("office.phone is digits, spaces and + . / ( ) -, at most " + OfficeSetup.MAX_PHONE
                    + " characters, not \"" + phone.strip() + "\"");
        }
        return phone;
    }

    private static java.time.Duration sessionIdle(Properties p) {
        String key = "session.idle.minutes";
        int minutes = integer(p, key, (int) OfficeSetup.DEFAULT_SESSION_IDLE.toMinutes());
        if (minutes < 1 || minutes > OfficeSetup.MAX_SESSION_IDLE_MINUTES) {
            throw invalid(key + " must be between 1 and " + OfficeSetup.MAX_SESSION_IDLE_MINUTES + ", not " + minutes);
        }
        return java.time.Duration.ofMinutes(minutes);
    }

    /** privacy.ticket.days: days after a ticket's day until its codice fiscale and priority class are erased. */
    private static int ticketDataDays(Properties p) {
        String key = "privacy.ticket.days";
        int days = integer(p, key, OfficeSetup.DEFAULT_TICKET_DATA_DAYS);
        if (days < 1 || days > OfficeSetup.MAX_TICKET_DATA_DAYS) {
            throw invalid(key + " must be between 1 and " + OfficeSetup.MAX_TICKET_DATA_DAYS + ", not " + days);
        }
        return days;
    }

    /**
     * plan.* and communication.deadline.*: the contact plan (seed 003 when missing) and by when each kind
     * of company communication is due, in days from the event (negative: before it).
     */
    private static OfficeRules rules(Properties p) {
        ContactPlanRules shipped = ContactPlanRules.SHIPPED;
        int talks = integer(p, "plan.talks.required", shipped.talksRequired());
        int weeks = integer(p, "plan.talks.weeks", shipped.talksWeeks());
        int youngBelow = integer(p, "plan.first-offer.young-below", shipped.youngBelow());
        int olderAbove = integer(p, "plan.first-offer.older-above", shipped.olderAbove());
        int outer = integer(p, "plan.first-offer.months.outer", shipped.firstOfferMonthsOuter());
        int middle = integer(p, "plan.first-offer.months.middle", shipped.firstOfferMonthsMiddle());
        if (talks < 0 || talks > 520 || weeks < 1 || weeks > 520) {
            throw invalid("plan.talks.required must be 0 to 520 and plan.talks.weeks 1 to 520, not " + talks
                    + " and " + weeks);
        }
        if (youngBelow < 0 || olderAbove < youngBelow || olderAbove > 120) {
            throw invalid("plan.first-offer.young-below must be at most plan.first-offer.older-above (ages 0 to 120), not "
                    + youngBelow + " and " + olderAbove);
        }
        if (outer < 1 || outer > 120 || middle < 1 || middle > 120) {
            throw invalid("plan.first-offer.months.outer and .middle must be 1 to 120 months, not " + outer + " and "
                    + middle);
        }
        List<DeadlineRule> deadlines = new ArrayList<>();
        for (JobMovement.Kind kind : JobMovement.Kind.values()) {
            String key = "communication.deadline." + kind.name().toLowerCase(Locale.ROOT);
            if (p.getProperty(key) != null) {
                int days = integer(p, key, 0);
                if (Math.abs(days) > DeadlineRule.MAX_DAYS) {
                    throw invalid(key + " must be between -" + DeadlineRule.MAX_DAYS + " and " + DeadlineRule.MAX_DAYS
                            + " days, not " + days);
                }
                deadlines.add(new DeadlineRule(kind, days));
            }
        }
        return new OfficeRules(new ContactPlanRules(talks, weeks, youngBelow, olderAbove, outer, middle), deadlines);
    }

    /** stamping.offered: true where citizens stamp their attendance card at the kiosk (ADR 35); off unless said. */
    private static boolean stamping(Properties p) {
        String key = "stamping.offered";
        String value = p.getProperty(key, "false").strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true", "yes", "si", "sì" -> true;
            case "false", "no", "" -> false;
            default -> throw invalid(key + " must be true or false, not " + value);
        };
    }

    private static OfficeSetup.BackupSetup backups(Properties p) {
        String timeKey = "backup.time";
        String keepKey = "backup.keep";
        String time = p.getProperty(timeKey);
        LocalTime at;
        try {
            at = time == null || time.isBlank() ? OfficeSetup.BackupSetup.DEFAULT_TIME : LocalTime.parse(time.strip());
        } catch (DateTimeParseException e) {
            throw invalid(timeKey + " must be a time of day as HH:MM (e.g. 02:30), not " + time);
        }
        int keep = integer(p, keepKey, OfficeSetup.BackupSetup.DEFAULT_KEEP);
        if (keep < 1 || keep > OfficeSetup.BackupSetup.MAX_KEEP) {
            throw invalid(keepKey + " must be between 1 and " + OfficeSetup.BackupSetup.MAX_KEEP + ", not " + keep);
        }
        return new OfficeSetup.BackupSetup(at, keep);
    }

    private static void check(OfficeSetup setup) {
        if (setup.services().isEmpty()) {
            throw invalid("no services (service.X.name.it)");
        }
        var prefixes = setup.services().stream().map(OfficeSetup.ServiceSetup::prefix).toList();
        for (OfficeSetup.CounterSetup c : setup.counters()) {
            for (String prefix : c.weights().keySet()) {
                if (!prefixes.contains(prefix)) {
                    throw invalid("counter " + c.number() + " serves unknown service " + prefix);
                }
            }
        }
    }

    private static int counterNumber(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw invalid("counter." + digits + ": a counter number must be at most " + Integer.MAX_VALUE);
        }
    }

    private static TreeSet<String> keys(Properties p, Pattern pattern) {
        // Counter numbers in numeric order, whatever their length (a number too large is refused later).
        TreeSet<String> found = new TreeSet<>((a, b) -> a.chars().allMatch(Character::isDigit)
                && b.chars().allMatch(Character::isDigit)
                ? new java.math.BigInteger(a).compareTo(new java.math.BigInteger(b)) : a.compareTo(b));
        for (String key : p.stringPropertyNames()) {
            Matcher m = pattern.matcher(key);
            if (m.matches()) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw invalid("missing " + key);
        }
        return v.strip();
    }

    private static int integer(Properties p, String key, int fallback) {
        String v = p.getProperty(key);
        try {
            return v == null ? fallback : Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw invalid(key + " is not a number: " + v);
        }
    }

    private static Area area(String v, String key) {
        try {
            return Area.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(key + " must be PERSONS or COMPANIES, not " + v);
        }
    }

    private static Role role(String v, String key) {
        try {
            return Role.valueOf(v.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(key + " must be OPERATOR, SUPERVISOR or ADMIN, not " + v);
        }
    }

    /** "A:2,B:1" → {A=2, B=1}; a missing weight is 1. */
    static Map<String, Integer> weights(String v, String key) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (String part : v.split(",")) {
            String[] pw = part.strip().split(":");
            if (pw.length == 0 || pw[0].isBlank()) {
                throw invalid(key + "services: a service prefix is missing in '" + part + "'");
            }
            try {
                weights.put(pw[0].strip().toUpperCase(Locale.ROOT), pw.length > 1 ? Integer.parseInt(pw[1].strip()) : 1);
            } catch (NumberFormatException e) {
                throw invalid(key + "services: bad weight in '" + part + "'");
            }
        }
        return weights;
    }

    /** "MON-FRI 08:30-12:30; TUE,THU 14:30-16:30"; empty means always open. */
    public static OpeningHours hours(String v, String key) {
        List<OpeningHours.Interval> intervals = new ArrayList<>();
        for (String part : v.split(";")) {
            String spec = part.strip();
            if (spec.isEmpty()) {
                continue;
            }
            String[] dt = spec.split("\\s+");
            if (dt.length != 2) {
                throw invalid(key + ": expected 'DAYS HH:MM-HH:MM' in '" + spec + "'");
            }
            String[] times = dt[1].split("-");
            try {
                LocalTime opens = LocalTime.parse(times[0]);
                LocalTime closes = LocalTime.parse(times[1]);
                for (DayOfWeek day : days(dt[0], key)) {
                    intervals.add(new OpeningHours.Interval(day, opens, closes));
                }
            } catch (DateTimeParseException | ArrayIndexOutOfBoundsException e) {
                throw invalid(key + ": bad time span '" + dt[1] + "'");
            } catch (IllegalArgumentException e) {
                throw invalid(key + ": " + e.getMessage());
            }
        }
        return new OpeningHours(intervals);
    }

    private static List<DayOfWeek> days(String spec, String key) {
        List<DayOfWeek> days = new ArrayList<>();
        for (String part : spec.split(",")) {
            String[] range = part.split("-");
            DayOfWeek from = day(range[0], key);
            DayOfWeek to = range.length > 1 ? day(range[1], key) : from;
            for (int d = from.getValue(); d <= to.getValue(); d++) {
                days.add(DayOfWeek.of(d));
            }
        }
        return days;
    }

    private static DayOfWeek day(String v, String key) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(v.strip().toUpperCase(Locale.ROOT)) && v.strip().length() >= 3) {
                return d;
            }
        }
        throw invalid(key + ": unknown day '" + v + "' (use MON, TUE, …)");
    }

    private static SportelloException invalid(String why) {
        return new SportelloException(Problem.INVALID_SETUP, why);
    }
}
