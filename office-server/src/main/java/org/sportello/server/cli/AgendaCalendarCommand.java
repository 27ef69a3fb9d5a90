package org.sportello.server.cli;

import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sportello.model.agenda.Absence;
import org.sportello.model.agenda.AgendaCalendar;
import org.sportello.model.agenda.AppointmentKind;
import org.sportello.model.agenda.NewCalendar;
import org.sportello.model.agenda.WorkingHours;
import org.sportello.model.agenda.Workshop;
import org.sportello.server.agenda.AgendaTexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sportello agenda calendar show | set | create}: a calendar as the desk's editor shows and changes it (issue 13,
 * ADR 38). Changing one is for supervisors, as at the desk; the office refuses an edit that would strand booked
 * appointments, naming them.
 */
@Command(name = "calendar", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "A person's or a workshop's calendar: show it, or open or change one (supervisors).",
        subcommands = {AgendaCalendarCommand.Show.class, AgendaCalendarCommand.Set.class,
            AgendaCalendarCommand.Create.class})
final class AgendaCalendarCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), AgendaCommand.texts().text("calendar.choose"));
    }

    static void print(PrintWriter out, AgendaCalendar k, AgendaTexts t) {
        out.println(t.text("calendar.show.head", k.name(), k.owner(), k.version()));
        out.println(t.text("calendar.show.hours", k.hours().format().isEmpty() ? "-" : k.hours().format()));
        for (AppointmentKind kind : AppointmentKind.values()) {
            out.println(t.text("calendar.show.slot", kind.name(), k.lengthOf(kind).toMinutes()));
        }
        for (Absence a : k.absences()) {
            out.println(t.text("calendar.show.absence", a.from(), a.to(), a.reason()));
        }
        if (k.isWorkshop()) {
            out.println(t.text("calendar.show.workshop", k.workshop().room(), k.workshop().seats()));
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Print a calendar: hours by weekday, slot length per kind (minutes), absences, and a",
                "workshop's room and seats."})
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        OperatorWork as;
        @Parameters(paramLabel = "LOGIN", description = "An operator's login or a workshop's code.")
        String owner;

        @Override
        public Integer call() {
            AgendaCalendar k = as.run(spec, (s, session) ->
                    s.agenda().calendar(session, owner));
            print(spec.commandLine().getOut(), k, AgendaCommand.texts());
            return ExitCode.OK.code();
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Open a calendar (supervisors): for a case manager or specialist who has none (LOGIN),",
                "or for a workshop (a CODE of your choice, with --name, --room and --seats).",
                "Without --hours it takes the office's usual hours.",
                "Examples: sportello agenda calendar create lbianchi --hours 'mon 09:00-13:00;wed 14:00-17:00'",
                "  sportello agenda calendar create lab-cv --name 'Laboratorio CV' --room 'Aula 2' --seats 12",
                "    --hours 'tue 14:00-17:00' --slot WORKSHOP=90"})
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        OperatorWork as;
        @Parameters(paramLabel = "LOGIN|CODE", description = "An operator's login, or the new workshop's code.")
        String owner;
        @Option(names = "--name", paramLabel = "NAME",
                description = "A workshop's title (a person's calendar takes the operator's name).")
        String name;
        @Option(names = "--room", paramLabel = "ROOM", description = "A workshop's room.")
        String room;
        @Option(names = "--seats", paramLabel = "N", description = "A workshop's seats.")
        Integer seats;
        @Option(names = "--workshop", negatable = false,
                description = "A workshop's calendar (implied by --room or --seats).")
        boolean workshop;
        @Option(names = "--hours", paramLabel = "WEEK",
                description = "Hours by weekday: 'mon 09:00-13:00,14:00-17:00;tue 09:00-13:00' (the gap is the break).")
        String hours;
        @Option(names = "--slot", paramLabel = "KIND=MINUTES",
                description = "A slot length for a kind (repeatable); kinds: ${COMPLETION-CANDIDATES}.")
        Map<AppointmentKind, Integer> slots = new EnumMap<>(AppointmentKind.class);

        @Override
        public Integer call() {
            AgendaTexts t = AgendaCommand.texts();
            boolean isWorkshop = workshop || room != null || seats != null;
            // The office checks every value and says what is wrong; commas between ranges are the shell's habit.
            NewCalendar asked = new NewCalendar(isWorkshop, owner, name, hours == null ? "" : hours.replace(',', ' '),
                    room, seats == null ? 0 : seats, slots);
            AgendaCalendar made = as.run(spec, (s, session) ->
                    s.agenda().createCalendar(session, asked));
            PrintWriter out = spec.commandLine().getOut();
            out.println(t.text("calendar.created", made.name(), made.owner()));
            print(out, made, t);
            return ExitCode.OK.code();
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Change a calendar (supervisors). What is not given stays as it is.",
                "--hours replaces the whole week: a day not named does not receive.",
                "The office refuses a change that would leave booked appointments outside the hours, an absence",
                "or the seats, and names them: rebook or cancel them first.",
                "Example: sportello agenda calendar set mrossi --hours 'mon 09:00-13:00,14:00-17:00;tue 09:00-13:00'",
                "  --slot CASE_MANAGER_TALK=45 --absence 2026-12-24..2026-12-31=ferie"})
    static final class Set implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        OperatorWork as;
        @Parameters(paramLabel = "LOGIN", description = "An operator's login or a workshop's code.")
        String owner;
        @Option(names = "--hours", paramLabel = "WEEK",
                description = "Hours by weekday: 'mon 09:00-13:00,14:00-17:00;tue 09:00-13:00' (the gap is the break).")
        String hours;
        @Option(names = "--slot", paramLabel = "KIND=MINUTES",
                description = "A slot length for a kind (repeatable); kinds: ${COMPLETION-CANDIDATES}.")
        Map<AppointmentKind, Integer> slots = new EnumMap<>(AppointmentKind.class);
        @Option(names = "--absence", paramLabel = "FROM..TO[=REASON]",
                description = {"An absence to add (repeatable): days YYYY-MM-DD (the last one included) or",
                    "times YYYY-MM-DDTHH:MM; it must end in the future."})
        List<String> absences = new ArrayList<>();
        @Option(names = "--clear-absences", negatable = false,
                description = "Remove the calendar's absences (before adding those given).")
        boolean clearAbsences;
        @Option(names = "--room", paramLabel = "ROOM", description = "A workshop's room (with --seats).")
        String room;
        @Option(names = "--seats", paramLabel = "N", description = "A workshop's seats (with --room).")
        Integer seats;

        @Override
        public Integer call() {
            AgendaTexts t = AgendaCommand.texts();
            WorkingHours week = hours == null ? null : week(hours, t);
            List<Absence> added = absences.stream().map(a -> absence(a, t)).toList();
            AgendaCalendar saved = as.run(spec, (s, session) -> {
                AgendaCalendar k = s.agenda().calendar(session, owner);
                AgendaCalendar edited = edit(k, week, added, t);
                return s.agenda().saveCalendar(session, edited);
            });
            PrintWriter out = spec.commandLine().getOut();
            out.println(t.text("calendar.saved", saved.name(), saved.version()));
            print(out, saved, t);
            return ExitCode.OK.code();
        }

        private AgendaCalendar edit(AgendaCalendar k, WorkingHours week, List<Absence> added, AgendaTexts t) {
            Map<AppointmentKind, Duration> lengths = new EnumMap<>(AppointmentKind.class);
            lengths.putAll(k.slotLengths());
            slots.forEach((kind, minutes) -> lengths.put(kind, Duration.ofMinutes(minutes)));
            List<Absence> all = new ArrayList<>(clearAbsences ? List.of() : k.absences());
            all.addAll(added);
            Workshop workshop = k.workshop();
            if (room != null || seats != null) {
                if (room == null || seats == null) {
                    throw new CliFailure(ExitCode.USAGE, t.text("calendar.bad.workshop"));
                }
                workshop = usage(() -> new Workshop(room.strip(), seats), t);
            }
            Workshop place = workshop;
            return usage(() -> new AgendaCalendar(k.id(), k.owner(), k.name(), week == null ? k.hours() : week,
                    lengths, all, place, k.version()), t);
        }

        private static WorkingHours week(String text, AgendaTexts t) {
            return usage(() -> WorkingHours.parse(text.replace(',', ' ')), t);
        }

        /** FROM..TO[=REASON]; a day alone as TO is that whole day. */
        static Absence absence(String text, AgendaTexts t) {
            String[] reasoned = text.split("=", 2);
            String[] ends = reasoned[0].split("\\.\\.", 2);
            if (ends.length != 2) {
                throw new CliFailure(ExitCode.USAGE, t.text("calendar.bad.absence", text));
            }
            try {
                LocalDateTime from = when(ends[0], false);
                LocalDateTime to = when(ends[1], true);
                return new Absence(from, to, reasoned.length > 1 ? reasoned[1] : "");
            } catch (DateTimeException | IllegalArgumentException e) {
                throw new CliFailure(ExitCode.USAGE, t.text("calendar.bad.absence", text));
            }
        }

        private static LocalDateTime when(String text, boolean end) {
            String w = text.strip();
            if (w.length() == 10) {
                LocalDate day = LocalDate.parse(w);
                return end ? day.plusDays(1).atStartOfDay() : day.atStartOfDay();
            }
            return LocalDateTime.parse(w);
        }

        private static <T> T usage(java.util.function.Supplier<T> make, AgendaTexts t) {
            try {
                return make.get();
            } catch (IllegalArgumentException | DateTimeException e) {
                throw new CliFailure(ExitCode.USAGE, t.text("calendar.bad", e.getMessage()));
            }
        }
    }
}
