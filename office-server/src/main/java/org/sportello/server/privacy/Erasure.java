package org.sportello.server.privacy;

/**
 * What one erasure did, in counts only (ADR 0026): the erased values themselves are never kept.
 *
 * @param tickets       tickets whose codice fiscale and priority class were erased
 * @param events        office log entries whose detail named an erased priority class
 * @param stillInLine   the person's tickets still waiting or called: nothing erased while one is open
 * @param keptProtocol  protocol register entries about the person, kept by law
 * @param keptDocuments issued documents (archived PDFs) about the person, kept by law
 * @param keptDossiers  the person's dossier, kept for the employment service's legal tasks
 */
public record Erasure(int tickets, int events, int stillInLine, int keptProtocol, int keptDocuments,
                      int keptDossiers) {
    static final Erasure NOTHING = new Erasure(0, 0, 0, 0, 0, 0);

    /** True when the person still waits in line: the request is refused and nothing was erased. */
    public boolean refusedInLine() {
        return stillInLine > 0;
    }
}
