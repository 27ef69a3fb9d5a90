package org.sportello.server.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.agenda.Appointment;
import org.sportello.model.agenda.AppointmentKind;
import org.sportello.model.agenda.BookingRule;
import org.sportello.model.agenda.MovedAppointment;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.server.agenda.AgendaTexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sportello agenda}: book, list and cancel appointments as the desk does (issue 13, ADR 34). */
@Command(name = "agenda", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"The office agenda: book, list and cancel appointments, and show or change calendars",
            "(supervisors), logged in as for \"queue call\"",
            "(SPORTELLO_USER and SPORTELLO_PASSWORD), through the office server (--office) or on the database here."},
        subcommands = {AgendaCommand.Book.class, AgendaCommand.ListCommand.class, AgendaCommand.Cancel.class,
            AgendaCommand.Rebook.class, AgendaCommand.Dismiss.class, AgendaCalendarCommand.class})
final class AgendaCommand implements Runnable {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "choose: book, list, rebook, cancel or calendar");
    }

    static AgendaTexts texts() {
        return AgendaTexts.in(Locale.getDefault());
    }

    /** An appointment's start in the office's zone (the one the letter prints). */
    static String when(Appointment a, ZoneId zone) {
        return WHEN.format(a.startsAt().atZone(zone));
    }

    static ZoneId zone() {
        // Offices are Italian, and a remote command has no office information at hand to ask for its zone.
        return ZoneId.of("Europe/Rome");
    }

    @Command(name = "book", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Book an appointment for a citizen. Without --at: the first slot the office's booking",
                "rule gives (same morning, else a following afternoon, else the first free), printed with the step."})
    static final class Book implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        OperatorWork as;
        @Option(names = "--cf", required = true, paramLabel = "CF", description = "The citizen's codice fiscale.")
        String cf;
        @Option(names = "--with", required = true, paramLabel = "LOGIN",
                description = "Whose calendar: an operator's login or a workshop's code.")
        String with;
        @Option(names = "--kind", defaultValue = "CASE_MANAGER_TALK", paramLabel = "KIND",
                description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        AppointmentKind kind;
        @Option(names = "--at", paramLabel = "YYYY-MM-DDTHH:MM", description = "The slot's start (office time).")
        String at;
        @Option(names = "--bring", paramLabel = "TEXT", description = "What to bring, as the letter prints it.")
        String bring;

        @Override
        public Integer call() {
            CodiceFiscale code = DossierCommand.code(cf);
            LocalDateTime chosen = at == null ? null : dateTime(at);
            AgendaTexts t = texts();
            PrintWriter out = spec.commandLine().getOut();
            Booked booked = as.run(spec, (s, session) -> {
                if (chosen != null) {
                    return new Booked(s.agenda().book(session, code, with, kind, chosen, bring), null);
                }
                BookingRule.Proposal p = s.agenda().propose(session, code, with, kind, 1);
                // No slot: the booking itself says so with the office's reason (no free slot within N days).
                LocalDateTime first = p.isEmpty() ? null : p.slots().getFirst().start();
                return new Booked(s.agenda().book(session, code, with, kind, first, bring), p.step());
            });
            Appointment a = booked.appointment();
            out.println(t.text("book.done", a.id(), when(a, zone()), t.kind(a.kind()), a.withName(), a.taxCode()));
            if (booked.step() != null) {
                out.println(t.text("book.rule", t.text("step." + booked.step().name())));
            }
            return ExitCode.OK.code();
        }

        private record Booked(Appointment appointment, BookingRule.Step step) {
        }

        static LocalDateTime dateTime(String text) {
            try {
                return LocalDateTime.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new CliFailure(ExitCode.USAGE, "--at is not a date and time YYYY-MM-DDTHH:MM: " + text);
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"The appointments of one day: yours, another's (--with, supervisors), or everyone's",
                "(--with '*', supervisors). Columns: id, time, status, with, codice fiscale, kind."})
    static final class ListCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        OperatorWork as;
        @Option(names = "--with", paramLabel = "LOGIN", description = "Whose agenda (default: yours; * for everyone's).")
        String with;
        @Option(names = "--day", paramLabel = "DATE", description = "The day, YYYY-MM-DD (default: today).")
        String day;
        @Option(names = "--json", negatable = false, description = "Print the appointments as one JSON object.")
        boolean json;
        @Option(names = "--to-rebook", negatable = false, description = {"Supervisors: the appointments other offices",
            "booked for dossiers moved here, still to be booked again here (\"agenda rebook ID\")."})
        boolean toRebook;

        @Override
        public Integer call() {
            if (toRebook) {
                return toRebook();
            }
            LocalDate on = day == null ? LocalDate.now(zone()) : date(day);
            List<Appointment> found = as.run(spec, (s, session) ->
                    s.agenda().list(session, with, on, on));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                JsonWriter j = new JsonWriter().beginObject().field("day", on.toString()).field("with", with);
                j.name("appointments").beginArray();
                for (Appointment a : found) {
                    j.beginObject().field("id", a.id().toString()).field("cf", a.taxCode())
                            .field("with", a.withLogin()).field("withName", a.withName()).field("kind", a.kind().name())
                            .field("startsAt", a.startsAt().toString()).field("endsAt", a.endsAt().toString())
                            .field("status", a.status().name()).field("letter", a.letter())
                            .field("ticket", a.ticketCode()).endObject();
                }
                out.println(j.endArray().endObject());
                return ExitCode.OK.code();
            }
            AgendaTexts t = texts();
            if (found.isEmpty()) {
                out.println(t.text("list.none"));
            }
            for (Appointment a : found) {
                out.println(t.text("list.line", a.id(), when(a, zone()), a.status(), a.withLogin(), a.taxCode(),
                        a.kind()));
            }
            return ExitCode.OK.code();
        }

        private Integer toRebook() {
            if (with != null || day != null) {
                throw new CliFailure(ExitCode.USAGE, "--to-rebook lists every day and person: leave out --with and --day");
            }
            List<MovedAppointment> found = as.run(spec, (s, session) ->
                    s.agenda().toRebook(session));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                JsonWriter j = new JsonWriter().beginObject().name("toRebook").beginArray();
                for (MovedAppointment a : found) {
                    CaseJson.moved(j, a);
                }
                out.println(j.endArray().endObject());
                return ExitCode.OK.code();
            }
            AgendaTexts t = texts();
            if (found.isEmpty()) {
                out.println(t.text("torebook.none"));
            }
            for (MovedAppointment a : found) {
                out.println(t.text("torebook.line", a.id(), WHEN.format(a.startsAt().atZone(zone())), a.statusHere(),
                        a.bookedAtOffice(), a.withName().isEmpty() ? a.withLogin() : a.withName(), a.taxCode(),
                        a.kind()));
            }
            return ExitCode.OK.code();
        }

        private static LocalDate date(String text) {
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new CliFailure(ExitCode.USAGE, "--day is not a date YYYY-MM-DD: " + text);
            }
        }
    }

    @Command(name = "rebook", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Move an appointment to another slot (--at), keeping the old one as REBOOKED; or book again",
                "here one that came with a dossier moved from another office (\"agenda list --to-rebook\"): with",
                "--with (default: as the booking rule says) at --at (default: the first slot the rule gives)."})
    static final class Rebook implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        OperatorWork as;
        @Parameters(paramLabel = "ID", description = "The appointment's id (as \"agenda list\" prints it).")
        String id;
        @Option(names = "--with", paramLabel = "LOGIN", description = "For a moved appointment: whose calendar here.")
        String with;
        @Option(names = "--at", paramLabel = "YYYY-MM-DDTHH:MM", description = "The new slot's start (office time).")
        String at;
        @Option(names = "--reason", paramLabel = "TEXT", description = "Why (kept with the old appointment).")
        String reason;

        @Override
        public Integer call() {
            UUID appointment = Cancel.id(id);
            LocalDateTime chosen = at == null ? null : Book.dateTime(at);
            AgendaTexts t = texts();
            Appointment a = as.run(spec, (s, session) -> {
                try {
                    return s.agenda().rebookMoved(session, appointment, with, chosen);
                } catch (SportelloException e) {
                    // Not one that came with a moved dossier: an appointment booked here, moved to --at.
                    if (e.problem() != Problem.UNKNOWN_APPOINTMENT) {
                        throw e;
                    }
                }
                if (chosen == null) {
                    s.agenda().find(session, appointment);
                    throw new CliFailure(ExitCode.USAGE, t.text("rebook.needs-at"));
                }
                return s.agenda().rebook(session, appointment, chosen, reason);
            });
            spec.commandLine().getOut().println(t.text("rebook.done", a.id(), when(a, zone()), t.kind(a.kind()),
                    a.withName(), a.taxCode()));
            return ExitCode.OK.code();
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Cancel an appointment; it stays in the history as CANCELLED with who, when and why.")
    static final class Cancel implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        OperatorWork as;
        @Parameters(paramLabel = "ID", description = "The appointment's id (as \"agenda list\" prints it).")
        String id;
        @Option(names = "--reason", paramLabel = "TEXT", description = "Why (kept with the appointment).")
        String reason;

        @Override
        public Integer call() {
            UUID appointment = id(id);
            Appointment a = as.run(spec, (s, session) ->
                    s.agenda().cancel(session, appointment, reason));
            spec.commandLine().getOut().println(texts().text("cancel.done", a.id(), when(a, zone()), a.withName()));
            return ExitCode.OK.code();
        }

        static UUID id(String text) {
            try {
                return UUID.fromString(text.strip());
            } catch (IllegalArgumentException e) {
                throw new CliFailure(ExitCode.USAGE, "not an appointment id: " + text);
            }
        }
    }

    @Command(name = "dismiss", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Supervisors: the citizen no longer needs an appointment a moved dossier brought",
                "(\"agenda list --to-rebook\"). It leaves that list and stays in the file with who, when and why."})
    static final class Dismiss implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        OperatorWork as;
        @Parameters(paramLabel = "ID", description = "The appointment's id (as \"agenda list --to-rebook\" prints it).")
        String id;
        @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why it is not needed any more.")
        String reason;

        @Override
        public Integer call() {
            UUID appointment = Cancel.id(id);
            MovedAppointment m = as.run(spec, (s, session) ->
                    s.agenda().dismissMoved(session, appointment, reason));
            spec.commandLine().getOut().println(texts().text("dismiss.done", m.id(),
                    WHEN.format(m.startsAt().atZone(zone())), m.taxCode(), m.dismissed().reason()));
            return ExitCode.OK.code();
        }
    }
}
