package org.sportello.server;

/** The office server could not start: the port is taken, the data folder is not usable, … */
public final class ServerStartException extends RuntimeException {
    public ServerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
