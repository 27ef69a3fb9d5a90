package org.sportello.model.cases;

import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.protocol.ProtocolNumber;

/**
 * What the document machinery reads of a case to print its service pact, and where it files the pact's
 * number once registered. Runs in the office server.
 */
public interface CaseFiles {
    /** Refuses every pact: for an office wired without cases. */
    CaseFiles NONE = new CaseFiles() {
        @Override
        public PactContent pact(OperatorSession session, CodiceFiscale code) {
            throw new SportelloException(Problem.NO_CASE_MANAGER, code.canonical());
        }

        @Override
        public void pactIssued(OperatorSession session, CodiceFiscale code, ProtocolNumber number) {
        }
    };

    /**
     * The pact's content, or a refusal naming what is missing (no DID in force, no case manager, no measure).
     */
    PactContent pact(OperatorSession session, CodiceFiscale code);

    void pactIssued(OperatorSession session, CodiceFiscale code, ProtocolNumber number);

}
