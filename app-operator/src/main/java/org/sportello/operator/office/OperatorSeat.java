package org.sportello.operator.office;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.sportello.link.OfficeLink;
import org.sportello.link.StationLink;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.SportelloException;
import org.sportello.protocol.client.RemoteAuth;

/**
 * Who sits at this desk, as the office link must know it. Over a station's link the server answers
 * queue reads with the codice fiscale and checks scans only for the operator whose session the desk
 * sends, and a log-out ends that session on the server. A link in the same process (tests) needs
 * neither. Called on the office-work thread: a log-out is a network call.
 */
public final class OperatorSeat {
    private static final Logger LOG = Logger.getLogger(OperatorSeat.class.getName());

    private final OfficeLink link;

    public OperatorSeat(OfficeLink link) {
        this.link = link;
    }

    /** {@code session} has just logged in here. */
    public void take(OperatorSession session) {
        if (link instanceof StationLink station) {
            station.operator(session);
        }
    }

    /**
     * Nobody sits here any more; the session also ends on the server. A server that cannot be told
     * (down, or the session already over) forgets it by itself at its idle time or restart, so that
     * failure is only logged: the desk goes back to the login either way.
     */
    public void leave(OperatorSession session) {
        if (link instanceof StationLink station) {
            station.operator(null);
        }
        if (session == null) {
            return;
        }
        try {
            if (link.services().auth() instanceof RemoteAuth remote) {
                remote.logout(session);
            }
        } catch (SportelloException e) {
            LOG.log(Level.FINE, "the server was not told of a log-out: " + e.getMessage(), e);
        }
    }
}
