package org.sportello.server.install;

/** A set-up that cannot go on, with what to do; nothing after the refusal was changed. */
public final class SetupRefused extends RuntimeException {
    public SetupRefused(String message) {
        super(message);
    }

    public SetupRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
