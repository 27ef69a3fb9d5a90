package org.sportello.kiosk;

import org.sportello.model.office.Area;

/**
 * One service as a tile on the home screen, already in the chosen language.
 *
 * @param hours empty when the service is open; the opening hours when it is closed
 */
public record ServiceTile(String prefix, String name, String description, Area area, boolean open, String hours) {
}
