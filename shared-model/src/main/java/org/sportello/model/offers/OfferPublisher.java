package org.sportello.model.offers;

import java.util.Objects;

/**
 * The office that published another office's vacancy (ADR 37): where a citizen applies when the company
 * did not agree to publish its own name and contact. {@code address} and {@code phone} may be null (the office
 * did not give them); {@code reference} is the short code that office's desk knows the vacancy by (e.g.
 * {@code V-1A2B3C4D}).
 */
public record OfferPublisher(String officeName, String address, String phone, String reference) {
    public OfferPublisher {
        Objects.requireNonNull(officeName, "officeName");
        Objects.requireNonNull(reference, "reference");
        if (officeName.isBlank() || reference.isBlank()) {
            throw new IllegalArgumentException("a publishing office has a name and a reference");
        }
        address = address == null || address.isBlank() ? null : address.strip();
        phone = phone == null || phone.isBlank() ? null : phone.strip();
    }

    /** An office that gave no phone number (or a row from a build before it travelled, central V5_4). */
    public OfferPublisher(String officeName, String address, String reference) {
        this(officeName, address, null, reference);
    }
}
