package org.sportello.kiosk;

import org.sportello.model.office.Area;

/**
 * One service as a tile on the home screen, already in the chosen language.
 *
 * @param hours   empty when the service is open; when it opens next when it is closed
 * @param staffed a counter serving it is open now; without one the kiosk says it cannot promise a wait
 */
public record ServiceTile(String prefix, String name, String description, Area area, boolean open, String hours,
                          boolean staffed) {
}
