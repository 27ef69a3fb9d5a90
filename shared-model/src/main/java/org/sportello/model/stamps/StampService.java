package org.sportello.model.stamps;

import java.util.List;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.auth.OperatorSession;

/**
 * Attendance stamping (issue 13, ADR 35). A citizen the office knows stamps at a kiosk with the health card, once a
 * day; the stamps stay in the citizen's file, where desks read them and certify them.
 */
public interface StampService {
    /**
     * Stamps now for the card's citizen, from a kiosk. A second stamp the same day answers the first one
     * ({@link StampReceipt#repeated()}), never a second number.
     *
     * @throws org.sportello.model.common.SportelloException STAMPING_NOT_OFFERED, INVALID_TAX_CODE,
     *         STAMP_CARD_EXPIRED, STAMP_CITIZEN_UNKNOWN
     */
    StampReceipt stamp(StampRequest request);

    /** The citizen's stamps, latest first; operators only. */
    List<Stamp> of(OperatorSession session, CodiceFiscale code);
}
