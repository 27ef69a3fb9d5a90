package org.sportello.link;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /** Why a station cannot start; the message is for the technician at the screen. */
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
            throw new IllegalArgumentException("which office? pass --office HOST:PORT (the first line \"sportello "
                    + "office serve\" prints) or set " + OFFICE_VARIABLE);
        }
        return new StationOptions(OfficeAddress.parse(office.strip()), code, identity);
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
        if (!StationIdentity.exists(identityFolder)) {
            if (enrolCode == null) {
                throw new NotEnrolled("This workstation is not enrolled in the office yet. On the office server run "
                        + "\"sportello station enrol NAME --role ROLE\", then start this app once with --enrol CODE "
                        + "(identity folder: " + identityFolder + ").");
            }
            StationJoin.join(office.toString(), enrolCode, identityFolder);
        }
        return StationLink.open(office, StationIdentity.load(identityFolder), clock);
    }
}
