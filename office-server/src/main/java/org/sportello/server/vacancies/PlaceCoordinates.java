package org.sportello.server.vacancies;

import java.util.Optional;
import org.sportello.model.offers.Workplace;

/**
 * Where a municipality is, from the office's places file ({@code sportello places import}, the catalogue's
 * {@code place} table): vacancies get their workplace's coordinates from it and matching the citizen's home.
 */
@FunctionalInterface
public interface PlaceCoordinates {
    /** Knows no place: distances are left out of the fit. */
    PlaceCoordinates NONE = (municipality, province) -> Optional.empty();

    /** The municipality with its coordinates, or empty when the places file does not have it. */
    Optional<Workplace> locate(String municipality, String province);
}
