package org.sportello.link;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.sportello.protocol.station.OfficeAddress;
import org.sportello.protocol.station.StationIdentity;
import org.sportello.protocol.station.StationJoin;

/**
 * Where a workstation app finds its office and its own identity: {@code --office HOST:PORT} (or
 * {@code $SPORTELLO_OFFICE}), {@code --enrol CODE} the first time (the one-time code from
 * {@code sportello station enrol} on the server), {@code --identity DIR} (default
 * {@code ~/.sportello/station}, owner-only).
 */
public record StationOptions(OfficeAddress office, String enrolCode, Path identityFolder) {
    public static final String OFFICE_VARIABLE = "SPORTELLO_OFFICE";
    /** Written by {@code sportello setup kiosk|display|desk}: the office of every station on this machine. */
    public static final String STATION_ENV = "/etc/sportello/station.env";
    /** Names another file than {@link #STATION_ENV} (tests). */
    public static final String STATION_ENV_VARIABLE = "SPORTELLO_STATION_ENV";

    /**
     * Why a station cannot start with the enrolment it has (none and no code, or one already while a code was
     * given); the message is for the technician at the screen.
     */
    public static final class NotEnrolled extends RuntimeException {
        NotEnrolled(String message) {
            super(message);
        }
    }

    /**
     * Takes the station options out of {@code args} (what is left is the app's own) and reads the
     * rest from the environment.
     *
     * @throws IllegalArgumentException for a missing value or a malformed address
     */
    public static StationOptions take(List<String> args, Map<String, String> environment, Path home) {
        String office = environment.get(OFFICE_VARIABLE);
        String code = null;
        Path identity = StationIdentity.defaultFolder(home);
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--office" -> office = value(args, ++i, a);
                case "--enrol" -> code = value(args, ++i, a);
                case "--identity" -> identity = Path.of(value(args, ++i, a));
                default -> {
                    if (a.startsWith("--office=")) {
                        office = a.substring("--office=".length());
                    } else {
                        rest.add(a);
                    }
                }
            }
        }
        args.clear();
        args.addAll(rest);
        if (office == null || office.isBlank()) {
            office = installedOffice(Path.of(environment.getOrDefault(STATION_ENV_VARIABLE, STATION_ENV)));
        }
        if (office == null || office.isBlank()) {
            throw new IllegalArgumentException("which office? pass --office HOST:PORT (the first line \"sportello "
                    + "office serve\" prints) or set " + OFFICE_VARIABLE);
        }
        return new StationOptions(OfficeAddress.parse(office.strip()), code, identity);
    }

    /** {@code SPORTELLO_OFFICE=host:port} from the machine's station settings, or null. */
    static String installedOffice(Path settings) {
        try {
            for (String line : java.nio.file.Files.readAllLines(settings)) {
                String l = line.strip();
                if (l.startsWith(OFFICE_VARIABLE + "=")) {
                    return l.substring(OFFICE_VARIABLE.length() + 1).strip();
                }
            }
        } catch (java.io.IOException | SecurityException notSetUp) {
            // No "sportello setup" on this machine: the address comes from the command line.
        }
        return null;
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    /**
     * The station's link, joining the office first when this machine has no identity yet and a code
     * was given.
     *
     * @throws NotEnrolled when there is no identity and no code
     * @throws org.sportello.model.common.SportelloException ENROLMENT_REFUSED or OFFICE_UNAVAILABLE while joining
     */
    public StationLink connect(Clock clock) {
        joinIfNeeded();
        return StationLink.open(office, StationIdentity.load(identityFolder), clock);
    }

    /**
     * As {@link #connect}, but only the first start's joining happens now (its refusals are thrown here);
     * the identity's key store and the TLS channel are opened on a thread of their own, so an app can
     * start its toolkit meanwhile (issue 15: the two used to run one after the other). The supplier waits
     * for the link and throws what opening it threw.
     */
    public Supplier<StationLink> connectInBackground(Clock clock) {
        joinIfNeeded();
        CompletableFuture<StationLink> opening = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("station-link-open").start(() -> {
            try {
                opening.complete(StationLink.open(office, StationIdentity.load(identityFolder), clock));
                // Beside the toolkit's start rather than at the screen's first call.
                org.sportello.protocol.client.FirstCallDescriptors.build();
            } catch (RuntimeException e) {
                opening.completeExceptionally(e);
            }
        });
        return () -> {
            try {
                return opening.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        };
    }

    private void joinIfNeeded() {
        if (StationIdentity.exists(identityFolder) && enrolCode != null) {
            // The code used to be ignored here: a station moved to an office made anew kept the old office's
            // identity and retried a TLS handshake for ever, showing only "office unreachable".
            throw new NotEnrolled("This workstation is already enrolled (identity folder: " + identityFolder
                    + "), so --enrol " + enrolCode + " was not used. Start it without --enrol; to join another office,"
                    + " or this one again, move that folder away first and then start it with the new code.");
        }
        if (!StationIdentity.exists(identityFolder)) {
            if (enrolCode == null) {
                throw new NotEnrolled("This workstation is not enrolled in the office yet. On the office server run "
                        + "\"sportello station enrol NAME --role ROLE\", then start this app once with --enrol CODE "
                        + "(identity folder: " + identityFolder + ").");
            }
            StationJoin.join(office.toString(), enrolCode, identityFolder);
        }
    }
}
