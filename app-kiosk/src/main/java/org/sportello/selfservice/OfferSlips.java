package org.sportello.selfservice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sportello.devices.printer.OfferSlip;
import org.sportello.model.offers.JobOffer;
import org.sportello.model.offers.OfferPublisher;

/**
 * Words an offer for the terminal's ticket printer, in the citizen's language: title, employer or
 * "riservato", where, contract and hours, positions, until when, how to apply (another office's reserved offer:
 * through that office, quoting its reference; else "ask at the desk"),
 * and a QR with the offer's id, so the desk finds it at once. Nothing about the citizen goes on paper.
 */
public final class OfferSlips {
    private OfferSlips() {
    }

    public static OfferSlip compose(TerminalTexts t, String officeName, JobOffer offer, LocalDate today) {
        List<OfferSlip.Line> lines = new ArrayList<>();
        lines.add(new OfferSlip.Line(t.get("offer.employer"), employer(t, offer.employer())));
        lines.add(new OfferSlip.Line(t.get("offer.where"), where(offer.workplace().municipality(),
                offer.workplace().province())));
        lines.add(new OfferSlip.Line(t.get("offer.contract"),
                t.get("offer.contract.line", t.contract(offer.contract()), t.hours(offer.hours()))));
        lines.add(new OfferSlip.Line(t.get("offer.positions"), t.get("offer.positions.value", offer.positions())));
        lines.add(new OfferSlip.Line(t.get("offer.expires"), t.shortDate(offer.expires())));
        lines.add(new OfferSlip.Line(t.get("offer.apply"), howToApply(t, offer)));
        return new OfferSlip(officeName, t.get("slip.heading"), offer.title(), lines, offer.id(),
                t.get("slip.code", offer.id()), t.get("slip.footer", t.shortDate(today)));
    }

    public static String employer(TerminalTexts t, String employer) {
        return employer == null || employer.isBlank() ? t.get("offer.reserved") : employer;
    }

    public static String where(String municipality, String province) {
        return province == null || province.isBlank() ? municipality : municipality + " (" + province + ")";
    }

    /**
     * The offer's own words when it has them; another office's reserved offer names that office (and its address
     * and phone when known) and the reference its desk knows the vacancy by, never the company; otherwise the desk.
     */
    public static String howToApply(TerminalTexts t, JobOffer offer) {
        if (offer.appliesThroughPublisher()) {
            OfferPublisher p = offer.publisher();
            String reach = java.util.stream.Stream.of(p.address(),
                            p.phone() == null ? null : t.get("offer.apply.phone", p.phone()))
                    .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining(", "));
            return reach.isEmpty() ? t.get("offer.apply.office", p.officeName(), p.reference())
                    : t.get("offer.apply.office.address", p.officeName(), p.reference(), reach);
        }
        return offer.howToApply() == null || offer.howToApply().isBlank() ? t.get("offer.apply.desk") : offer.howToApply();
    }
}
