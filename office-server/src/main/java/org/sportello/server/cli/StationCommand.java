package org.sportello.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.station.StationIdentity;
import org.sportello.protocol.station.StationJoin;
import org.sportello.server.station.EnrolmentCode;
import org.sportello.server.station.Station;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sportello station enrol|list|revoke|join}: the office's enrolled stations (ADR 23). Enrol, list
 * and revoke run on the server machine, through the running server with the local administrator's
 * credential, or on the data folder when the server is stopped. Join runs on the workstation.
 */
@Command(name = "station", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Enrol, list and revoke the office's stations (on the server machine); join the office "
                + "(on a workstation).",
        subcommands = {StationCommand.Enrol.class, StationCommand.ListStations.class, StationCommand.Revoke.class,
            StationCommand.Join.class})
final class StationCommand implements Runnable {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "choose: enrol, list, revoke or join");
    }

    static String when(Instant instant) {
        return instant == null ? "-" : WHEN.format(instant.atZone(ZoneId.systemDefault()));
    }

    @Command(name = "enrol", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Make a one-time code for a station to join the office with (single use, valid 24 hours).",
                "Enrolling a name again replaces that station's certificate once the new code is used."})
    static final class Enrol implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.Mixin
        DataOptionMixin data;
        @Parameters(index = "0", paramLabel = "NAME", description = "The station's name, e.g. kiosk-1 or desk-3.")
        String name;
        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "kiosk, display, desk or self-service.")
        String role;

        @Override
        public Integer call() {
            StationRole r = StationRole.parse(role).filter(StationRole::enrollable).orElseThrow(() ->
                    new CliFailure(ExitCode.USAGE, "--role must be kiosk, display, desk or self-service, not " + role));
            CliEnvironment env = SportelloCommand.environment(spec);
            EnrolmentCode code;
            try (StationAdmin admin = StationAdmin.open(data.resolve(env))) {
                code = admin.enrol(name, r);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(code.grouped());
            out.println("One-time code for " + code.name() + " (" + code.role().wireName() + "), valid until "
                    + when(code.expiresAt()) + ", single use. On the station: sportello station join --office ADDRESS"
                    + " --code " + code.grouped());
            return ExitCode.OK.code();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "List the enrolled stations: name, role, enrolled, last seen, state, certificate serial.")
    static final class ListStations implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.Mixin
        DataOptionMixin data;

        @Override
        public Integer call() {
            List<Station> stations;
            try (StationAdmin admin = StationAdmin.open(data.resolve(SportelloCommand.environment(spec)))) {
                stations = admin.list();
            }
            PrintWriter out = spec.commandLine().getOut();
            if (stations.isEmpty()) {
                out.println("No stations enrolled.");
            }
            for (Station s : stations) {
                out.println(s.name() + "\t" + s.role().wireName() + "\tenrolled " + when(s.enrolledAt())
                        + "\tlast seen " + when(s.lastSeenAt())
                        + "\t" + (s.isRevoked() ? "revoked " + when(s.revokedAt()) : "valid") + "\t" + s.serial());
            }
            return ExitCode.OK.code();
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Revoke a station: it is refused at once, its open calls and operator sessions end.")
    static final class Revoke implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.Mixin
        DataOptionMixin data;
        @Parameters(index = "0", paramLabel = "NAME", description = "The station's name.")
        String name;

        @Override
        public Integer call() {
            try (StationAdmin admin = StationAdmin.open(data.resolve(SportelloCommand.environment(spec)))) {
                if (!admin.revoke(name)) {
                    throw new CliFailure(ExitCode.REFUSED, "no enrolled station is named " + name);
                }
            }
            spec.commandLine().getOut().println("Station " + name + " revoked: it can no longer reach the office.");
            return ExitCode.OK.code();
        }
    }

    @Command(name = "join", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Join the office with a one-time code: makes this station's key here, gets its certificate "
                    + "signed and keeps both (owner-only) in the identity folder.")
    static final class Join implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--office", paramLabel = "ADDRESS",
                description = "The office server, HOST[:PORT] as \"office serve\" prints it (default: $SPORTELLO_OFFICE).")
        String office;
        @Option(names = "--enrolment-port", paramLabel = "N", description = "Default: the office's port + 1.")
        Integer enrolmentPort;
        @Option(names = "--code", required = true, paramLabel = "CODE", description = "The one-time code.")
        String code;
        @Option(names = "--identity", paramLabel = "DIR",
                description = "Where to keep this station's identity (default: ~/.sportello/station).")
        Path identity;

        @Override
        public Integer call() {
            CliEnvironment env = SportelloCommand.environment(spec);
            String address = office != null ? office : env.variable(CliEnvironment.OFFICE_VARIABLE);
            if (address == null) {
                throw new CliFailure(ExitCode.USAGE, "say which office: --office HOST[:PORT] or $"
                        + CliEnvironment.OFFICE_VARIABLE);
            }
            Path folder = identity != null ? identity : StationIdentity.defaultFolder(env.home());
            org.sportello.protocol.station.OfficeAddress parsed;
            try {
                parsed = org.sportello.protocol.station.OfficeAddress.parse(address);
            } catch (IllegalArgumentException e) {
                throw new CliFailure(ExitCode.USAGE, e.getMessage());
            }
            StationJoin.Joined joined = StationJoin.join(parsed,
                    enrolmentPort != null ? enrolmentPort : parsed.enrolmentPort(), code, folder);
            spec.commandLine().getOut().println("Joined office " + joined.officeCode() + " as "
                    + joined.identity().name() + " (" + joined.identity().role().wireName() + "); identity kept in "
                    + folder + ".");
            return ExitCode.OK.code();
        }
    }

    /** {@code --data DIR}, shared by enrol, list and revoke. */
    static final class DataOptionMixin {
        @Option(names = "--data", paramLabel = "DIR",
                description = "The server's data folder (default: $SPORTELLO_DATA or ~/.sportello/data).")
        Path dataDir;

        Path resolve(CliEnvironment env) {
            return dataDir != null ? dataDir : env.dataDir();
        }
    }
}
