package org.sportello.operator;

import org.sportello.devices.card.BadgeReader;
import org.sportello.devices.card.CardReader;
import org.sportello.devices.config.DevicesConfig;

/** Opens {@link OperatorMain}'s package-private wiring to tests in other packages. */
public final class OperatorMainAccess {
    private OperatorMainAccess() {
    }

    public static BadgeReader badgeReader(DevicesConfig devices) {
        return OperatorMain.badgeReader(devices);
    }

    public static CardReader cardReader(DevicesConfig devices) {
        return OperatorMain.cardReader(devices);
    }
}
