package org.sportello.model.cases;

import java.time.LocalDate;
import java.util.UUID;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.auth.OperatorSession;

/**
 * A citizen's case at the office (issue 11, parts 2 to 4): the DID, the case manager, the pact's measures and
 * the contact plan. Operators only; every view and change is logged with who, when and which part. Changes
 * are refused for a dossier this office does not own (ADR 18).
 */
public interface CaseService {
    CaseView view(OperatorSession session, CodiceFiscale code);

    /** Records a DID made on {@code on} (today at the latest); refused while another DID is in force. */
    CaseView declareDid(OperatorSession session, CodiceFiscale code, LocalDate on, DidChannel channel);

    /** Ends the DID in force on {@code on}; the declaration stays in the history. */
    CaseView withdrawDid(OperatorSession session, CodiceFiscale code, LocalDate on);

    /** Makes the operator {@code login} the case's one case manager ("presa in carico"). */
    CaseView assign(OperatorSession session, CodiceFiscale code, String login);

    CaseView addMeasure(OperatorSession session, CodiceFiscale code, MeasureKind kind, LocalDate on, Party who,
                        String what);

    CaseView markMeasure(OperatorSession session, CodiceFiscale code, UUID measure, boolean done);

    /**
     * A case manager's deadlines: {@code login} null means the caller's own, or every case manager's for a
     * supervisor; another operator's needs a supervisor.
     */
    Caseload caseload(OperatorSession session, String login);
}
