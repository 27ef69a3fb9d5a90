package org.sportello.model.offers;

/**
 * Where a catalogue entry came from: a vacancy this office recorded at the desk, one another office
 * recorded (reached through central), or a file imported with {@code sportello offers import}.
 */
public enum OfferSource {
    THIS_OFFICE, OTHER_OFFICE, IMPORTED
}
