package org.sportello.model.protocol;

/** An entry is registered for good; the only change it ever sees is annulment. */
public enum ProtocolStatus {
    REGISTERED,
    ANNULLED
}
