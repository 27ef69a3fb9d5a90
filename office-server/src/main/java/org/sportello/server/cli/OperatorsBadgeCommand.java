package org.sportello.server.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.sportello.devices.card.BadgeRead;
import org.sportello.devices.card.OperatorBadges;
import org.sportello.model.auth.EnrolledBadge;
import org.sportello.server.storage.OfficeConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sportello operators badge add|remove|list}: which badge logs in which operator (ADR 0013).
 * Whoever can open the office database administers it, as with {@code office init}; every change is
 * written to the office log.
 */
@Command(name = "badge", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Enrol, remove and list operator log-in badges. BADGE is what the reader gives: an RFID "
                + "UID (hex, with or without ':' or '-'), or a magnetic stripe swipe (its track 2 number); "
                + "'-' reads one line from standard input, so a keyboard-wedge reader can be swiped into the terminal.",
        subcommands = {OperatorsBadgeCommand.Add.class, OperatorsBadgeCommand.Remove.class,
            OperatorsBadgeCommand.ListBadges.class})
final class OperatorsBadgeCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "choose: add, remove or list");
    }

    /** The badge identifier as the desk will see it, from the argument or one line of stdin. */
    static String badgeId(String argument, CliEnvironment env) {
        String text = argument;
        if ("-".equals(argument)) {
            try {
                text = new BufferedReader(new InputStreamReader(env.stdin(), StandardCharsets.UTF_8)).readLine();
            } catch (IOException e) {
                throw new CliFailure(ExitCode.USAGE, "cannot read the badge from standard input: " + e.getMessage());
            }
            if (text == null) {
                throw new CliFailure(ExitCode.USAGE, "standard input was empty: swipe or type the badge, then Enter");
            }
        }
        // The same reading as the desk's wedge input, so what is enrolled here is what logs in there.
        BadgeRead read = OperatorBadges.fromWedgeText(text);
        if (!read.isOk()) {
            throw new CliFailure(ExitCode.USAGE, "not a badge: " + read.detail());
        }
        return read.badgeId();
    }

    @Command(name = "add", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Enrol a badge for an operator (the badge is stored only as a keyed digest).")
    static final class Add implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption database;
        @Parameters(index = "0", paramLabel = "LOGIN", description = "The operator's login, e.g. mrossi.")
        String login;
        @Parameters(index = "1", paramLabel = "BADGE", description = "The badge as the reader gives it, or - for stdin.")
        String badge;

        @Override
        public Integer call() {
            CliEnvironment env = SportelloCommand.environment(spec);
            String id = badgeId(badge, env);
            try (OfficeConnection office = OfficeAccess.connect(database.resolve(env))) {
                EnrolledBadge enrolled = office.badges().enrol(login, id);
                spec.commandLine().getOut().println("Badge enrolled for " + enrolled.login() + " ("
                        + enrolled.displayName() + "): it now logs in at any desk of this office.");
            }
            return ExitCode.OK.code();
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Remove a badge (lost or returned); exit code 3 when it was not enrolled.")
    static final class Remove implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption database;
        @Parameters(index = "0", paramLabel = "BADGE", description = "The badge as the reader gives it, or - for stdin.")
        String badge;

        @Override
        public Integer call() {
            CliEnvironment env = SportelloCommand.environment(spec);
            String id = badgeId(badge, env);
            try (OfficeConnection office = OfficeAccess.connect(database.resolve(env))) {
                if (!office.badges().revoke(id)) {
                    throw new CliFailure(ExitCode.REFUSED, "this badge is not enrolled in this office");
                }
                spec.commandLine().getOut().println("Badge removed: it no longer logs anyone in.");
            }
            return ExitCode.OK.code();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "List enrolled badges by operator (badge numbers are not stored, so not shown).")
    static final class ListBadges implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption database;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (OfficeConnection office = OfficeAccess.connect(database.resolve(SportelloCommand.environment(spec)))) {
                ZoneId zone = office.directory().office().zone();
                DateTimeFormatter format = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
                var badges = office.badges().list();
                if (badges.isEmpty()) {
                    out.println("No badges enrolled.");
                }
                for (EnrolledBadge b : badges) {
                    out.println(b.login() + "\t" + b.displayName() + "\tenrolled " + format.format(b.enrolledAt().atZone(zone))
                            + "\t" + b.id());
                }
            }
            return ExitCode.OK.code();
        }
    }
}
