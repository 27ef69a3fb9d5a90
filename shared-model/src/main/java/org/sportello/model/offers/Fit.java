package org.sportello.model.offers;

import java.util.List;
import java.util.Objects;

/** How well a candidate fits an offer: a score from 0 to 100 and the reasons, met and missing. */
public record Fit(int score, List<FitReason> reasons) {
    public Fit {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be 0 to 100");
        }
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
    }

    public List<FitReason> matches() {
        return reasons.stream().filter(FitReason::met).toList();
    }

    public List<FitReason> missing() {
        return reasons.stream().filter(r -> !r.met()).toList();
    }
}
