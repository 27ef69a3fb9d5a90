package org.sportello.model.seal;

import java.util.Optional;
import org.sportello.model.protocol.ProtocolEntry;
import org.sportello.model.protocol.ProtocolNumber;
import org.sportello.model.protocol.ProtocolRegister;

/**
 * Checks a scanned code against this office's keys and register. A seal goes to {@link SealVerifier};
 * a bare protocol number (the Code 128, or the number typed by hand) can only be looked up, never
 * proved genuine, so the best it gets is {@link Outcome#REGISTERED_NUMBER}.
 */
public final class RegisterScanCheck implements ScanCheck {
    private final String officeCode;
    private final SealVerifier seals;
    private final ProtocolRegister register;

    public RegisterScanCheck(String officeCode, OfficeKeys keys, ProtocolRegister register) {
        this.officeCode = officeCode;
        this.seals = new SealVerifier(officeCode, keys, register);
        this.register = register;
    }

    @Override
    public Verdict check(String scanned) {
        String text = scanned == null ? "" : scanned.strip();
        if (SealPayload.parse(text).isPresent()) {
            return seals.verify(text);
        }
        Optional<ProtocolNumber> number = ProtocolNumber.parse(text);
        if (number.isEmpty()) {
            return new Verdict(Outcome.NOT_A_SEAL, Optional.empty(), Optional.empty(), Optional.empty());
        }
        ProtocolNumber n = number.get();
        Optional<String> issuer = Optional.of(n.officeCode());
        if (!n.officeCode().equals(officeCode)) {
            return new Verdict(Outcome.OTHER_OFFICE_UNVERIFIABLE, number, Optional.empty(), issuer);
        }
        Optional<ProtocolEntry> entry = register.find(n);
        Outcome outcome = entry.isEmpty() ? Outcome.UNKNOWN
                : entry.get().isAnnulled() ? Outcome.ANNULLED : Outcome.REGISTERED_NUMBER;
        return new Verdict(outcome, number, entry, issuer);
    }
}
