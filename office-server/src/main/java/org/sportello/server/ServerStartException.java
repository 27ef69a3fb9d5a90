package org.sportello.server;

/** The office server could not start: the port is taken, the data folder is not usable, … */
public final class ServerStartException extends RuntimeException {
    private final boolean refusal;

    public ServerStartException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private ServerStartException(String message, Throwable cause, boolean refusal) {
        super(message, cause);
        this.refusal = refusal;
    }

    /**
     * A start refused for a reason that starting again cannot mend (a database a newer Sportello made, an
     * unreadable database, keys other accounts can read): {@code office serve} exits with 3, which the
     * service's unit does not restart on.
     */
    public static ServerStartException refusal(String message, Throwable cause) {
        return new ServerStartException(message, cause, true);
    }

    public boolean refusal() {
        return refusal;
    }
}
