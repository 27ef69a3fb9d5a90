package org.sportello.devices.card;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.codicefiscale.CodiceFiscaleCheck;

/**
 * Finds the codice fiscale among the fields a card yields. Every candidate goes through {@link
 * CodiceFiscale#check}: a 16-character field that fails is reported with CodiceFiscale's reason,
 * not silently accepted.
 */
final class CodiceFiscaleCandidates {
    private CodiceFiscaleCandidates() {
    }

    static CardRead pick(List<String> fields, CardSource source, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        List<String> refusals = new ArrayList<>();
        for (String field : fields) {
            String candidate = field.strip();
            if (candidate.length() != 16) {
                continue;
            }
            switch (CodiceFiscale.check(candidate, today)) {
                case CodiceFiscaleCheck.Valid v -> {
                    return CardRead.identified(v.codiceFiscale(), source);
                }
                case CodiceFiscaleCheck.Invalid i -> refusals.add(i.detail());
            }
        }
        if (!refusals.isEmpty()) {
            return CardRead.failed(source, CardReadError.INVALID_CODICE_FISCALE, String.join("; ", refusals));
        }
        return CardRead.failed(source, CardReadError.NO_CODICE_FISCALE, "no 16-character field found");
    }
}
