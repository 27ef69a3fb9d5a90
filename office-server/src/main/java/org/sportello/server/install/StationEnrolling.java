package org.sportello.server.install;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.sportello.model.common.SportelloException;
import org.sportello.protocol.station.OfficeAddress;
import org.sportello.protocol.station.StationIdentity;
import org.sportello.protocol.station.StationJoin;

/**
 * Joins the office for an account of this machine, as that account's app would at its first start,
 * so a kiosk that has no keyboard never needs the code typed on it.
 */
final class StationEnrolling {
    private StationEnrolling() {
    }

    /**
     * @param home the account's home on the machine ({@code /var/lib/sportello-kiosk})
     * @return the identity folder on the machine, now holding the station's key and certificate
     */
    static String enrol(InstallRoot root, SystemCommands commands, OfficeAddress office, String code, String user,
                        String home, PrintWriter out) {
        String folder = home + "/.sportello/station";
        Path identity = root.resolve(folder);
        if (StationIdentity.exists(identity)) {
            out.println(InstallTexts.text("enrol.already", folder));
            return folder;
        }
        try {
            StationJoin.Joined joined = StationJoin.join(office.toString(), code, identity);
            out.println(InstallTexts.text("enrol.done", office, joined.officeCode(), folder));
        } catch (SportelloException e) {
            throw new SetupRefused(InstallTexts.text("enrol.failed", office,
                    e.localizedMessage(java.util.Locale.getDefault())), e);
        }
        // Made by root here; the app reads it as its own account, and nobody else may.
        commands.run(List.of("chown", "-R", user + ":" + user, home + "/.sportello"));
        return folder;
    }
}
