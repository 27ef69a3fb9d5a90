package org.sportello.server.offers;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sportello.model.offers.JobOffer;
import org.sportello.model.offers.OfferPublisher;

/** What the catalogue's commands and imports say to people, in Italian and English (the machine's language). */
public final class OfferTexts {
    private static final String BUNDLE = "org.sportello.server.offers.offers";

    private final ResourceBundle bundle;
    private final Locale locale;

    private OfferTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static OfferTexts in(Locale locale) {
        return new OfferTexts(locale == null ? Locale.getDefault() : locale);
    }

    public String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /**
     * What a citizen does to apply: the offer's own words, or for another office's reserved offer that office (its
     * address and phone when it gave them) and the reference to quote (never the company); null when the offer
     * says nothing (the desk explains).
     */
    public String howToApply(JobOffer offer) {
        if (offer.appliesThroughPublisher()) {
            OfferPublisher p = offer.publisher();
            String reach = Stream.of(p.address(), p.phone() == null ? null : text("apply.phone", p.phone()))
                    .filter(Objects::nonNull).collect(Collectors.joining(", "));
            return reach.isEmpty() ? text("apply.office", p.officeName(), p.reference())
                    : text("apply.office.address", p.officeName(), p.reference(), reach);
        }
        return offer.howToApply() == null || offer.howToApply().isBlank() ? null : offer.howToApply();
    }
}
