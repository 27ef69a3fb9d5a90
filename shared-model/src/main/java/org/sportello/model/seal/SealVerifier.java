package org.sportello.model.seal;

import java.util.Optional;
import org.sportello.model.protocol.ProtocolEntry;
import org.sportello.model.protocol.ProtocolRegister;

/**
 * Judges a scanned code. Order matters: the signature first (an altered code must never be
 * looked up as if genuine), then the register, whose hash must match what was signed.
 */
public final class SealVerifier {
    private final String officeCode;
    private final OfficeKeys keys;
    private final ProtocolRegister register;

    public SealVerifier(String officeCode, OfficeKeys keys, ProtocolRegister register) {
        this.officeCode = officeCode;
        this.keys = keys;
        this.register = register;
    }

    public Verdict verify(String scanned) {
        Optional<SealPayload> parsed = SealPayload.parse(scanned);
        if (parsed.isEmpty()) {
            return new Verdict(Outcome.NOT_A_SEAL, Optional.empty(), Optional.empty(), Optional.empty());
        }
        SealPayload payload = parsed.get();
        String issuer = payload.number().officeCode();
        Optional<OfficeKey> key = keys.find(payload.keyId());
        if (!issuer.equals(officeCode)) {
            if (key.isEmpty()) {
                return Verdict.of(Outcome.OTHER_OFFICE_UNVERIFIABLE, payload);
            }
            boolean valid = key.get().officeCode().equals(issuer) && OfficeSigner.isSignedBy(payload, key.get());
            return Verdict.of(valid ? Outcome.OTHER_OFFICE : Outcome.ALTERED, payload);
        }
        // Our number: only our own keys may have signed it.
        if (key.isEmpty() || !key.get().officeCode().equals(officeCode) || !OfficeSigner.isSignedBy(payload, key.get())) {
            return Verdict.of(Outcome.ALTERED, payload);
        }
        Optional<ProtocolEntry> entry = register.find(payload.number());
        if (entry.isEmpty()) {
            return Verdict.of(Outcome.UNKNOWN, payload);
        }
        Outcome outcome = !entry.get().documentHash().equals(payload.hash()) ? Outcome.ALTERED
                : entry.get().isAnnulled() ? Outcome.ANNULLED : Outcome.GENUINE;
        return new Verdict(outcome, Optional.of(payload.number()), entry, Optional.of(issuer));
    }
}
