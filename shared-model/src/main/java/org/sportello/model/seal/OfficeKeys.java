package org.sportello.model.seal;

import java.util.List;
import java.util.Optional;

/** The office's own signing key and the public keys it knows, its own included. */
public interface OfficeKeys {
    /** The active signer; the first call makes and stores the office's key pair. */
    OfficeSigner signer();

    /** A public key by id: one of the office's own (also retired ones) or an imported one. */
    Optional<OfficeKey> find(String keyId);

    /** Stores another office's public key; importing the same key again changes nothing. */
    void importKey(OfficeKey key);

    List<OfficeKey> known();

    /**
     * Makes a new key pair the active signer. The old key is retired: its public half stays for the
     * papers it sealed, its private half is erased. Returns the new public key.
     */
    OfficeKey rotate();

    /** The office's own keys, oldest first, retired ones included. */
    List<OwnKey> own();
}
