package org.sportello.server.install;

import org.sportello.protocol.StationRole;

/** What a PC that boots into one Sportello app is: a touch kiosk or a hall display. */
public enum ApplianceRole {
    KIOSK("kiosk", StationRole.KIOSK),
    DISPLAY("display", StationRole.DISPLAY);

    private final String word;
    private final StationRole station;

    ApplianceRole(String word, StationRole station) {
        this.word = word;
        this.station = station;
    }

    /** {@code kiosk} or {@code display}: the launcher's and the unit's last word. */
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

    public ApplianceRole other() {
        return this == KIOSK ? DISPLAY : KIOSK;
    }
}
