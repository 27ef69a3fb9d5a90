package org.sportello.server.cli;

import org.sportello.model.offers.JobOffer;
import org.sportello.model.offers.OfferPublisher;
import org.sportello.server.offers.OfferTexts;

/**
 * How to apply to an offer, as every {@code --json} that lists offers writes it ({@code offers search} and
 * {@code offers match}): one rule, so the two can never tell a citizen different things about the same offer.
 */
final class ApplyJson {
    private ApplyJson() {
    }

    /**
     * {@code how_to_apply}, in the machine's language (for another office's reserved offer: that office and the
     * reference to quote, never the company; null when the offer says nothing and the desk explains), and
     * {@code published_by}: the publishing office, its address and phone and the reference, or null for an offer
     * no other office published. A null {@code offer} (gone from the catalogue meanwhile) writes both as null.
     */
    static void write(JsonWriter w, JobOffer offer, OfferTexts t) {
        w.field("how_to_apply", offer == null ? null : t.howToApply(offer));
        OfferPublisher p = offer == null ? null : offer.publisher();
        w.name("published_by");
        if (p == null) {
            w.value((String) null);
        } else {
            w.beginObject().field("office", p.officeName()).field("address", p.address())
                    .field("phone", p.phone()).field("reference", p.reference()).endObject();
        }
    }
}
