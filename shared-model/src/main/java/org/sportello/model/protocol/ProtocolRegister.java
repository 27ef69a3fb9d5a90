package org.sportello.model.protocol;

import java.util.List;
import java.util.Optional;
import org.sportello.model.auth.OperatorSession;

/**
 * The office's protocol register (registro di protocollo). Numbers are per office and year, gapless
 * and unique however many workstations register at once; entries are never deleted.
 */
public interface ProtocolRegister {
    /** Registers an entry; any operator may. The digest is computed with the number it gets. */
    ProtocolEntry register(OperatorSession session, ProtocolRequest request, DocumentDigest digest);

    /**
     * Annuls an entry that was registered by mistake; a supervisor's decision, with a reason. The
     * entry stays, marked annulled, and the annulment is written to the office log.
     */
    ProtocolEntry annul(OperatorSession session, ProtocolNumber number, String reason);

    Optional<ProtocolEntry> find(ProtocolNumber number);

    /** Entries of one year, in number order. */
    List<ProtocolEntry> year(int year);
}
