package org.sportello.server.install;

import java.util.Arrays;
import java.util.List;
import org.sportello.protocol.StationRole;

/** What a PC that boots into one Sportello app is: a touch kiosk, a hall display or a self-service terminal. */
public enum ApplianceRole {
    KIOSK("kiosk", StationRole.KIOSK),
    DISPLAY("display", StationRole.DISPLAY),
    SELF_SERVICE("self-service", StationRole.SELF_SERVICE);

    private final String word;
    private final StationRole station;

    ApplianceRole(String word, StationRole station) {
        this.word = word;
        this.station = station;
    }

    /** {@code kiosk}, {@code display} or {@code self-service}: the launcher's and the unit's last word. */
    public String word() {
        return word;
    }

    public StationRole station() {
        return station;
    }

    /** The dedicated account the app runs as. */
    public String user() {
        return "sportello-" + word;
    }

    public String home() {
        return "/var/lib/" + user();
    }

    public String unit() {
        return "sportello-" + word + ".service";
    }

    public String launcher() {
        return Layout.APP + "/bin/sportello-" + word;
    }

    /** The roles this PC stops being when it becomes this one: one screen, one app. */
    public List<ApplianceRole> others() {
        return Arrays.stream(values()).filter(r -> r != this).toList();
    }
}
