package org.sportello.model.company;

/**
 * The contract a communication reports. {@link #recorded()} is the wording job movements keep (and the
 * status-history certificate prints), Italian as the certificates are.
 */
public enum ContractType {
    OPEN_ENDED("Tempo indeterminato"),
    FIXED_TERM("Tempo determinato"),
    APPRENTICESHIP("Apprendistato"),
    AGENCY("Somministrazione"),
    ON_CALL("Lavoro intermittente");

    private final String recorded;

    ContractType(String recorded) {
        this.recorded = recorded;
    }

    public String recorded() {
        return recorded;
    }
}
