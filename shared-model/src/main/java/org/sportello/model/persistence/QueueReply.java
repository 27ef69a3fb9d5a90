package org.sportello.model.persistence;

import java.io.Serializable;
import org.sportello.model.common.Problem;

/**
 * The answer to a {@link QueueCall}: a value (null for "nothing", as an empty Optional), a problem for
 * the person at the screen, or an unexpected failure. Problem arguments travel as text, which is all
 * the messages format.
 */
record QueueReply(Serializable value, Problem problem, String[] problemArgs, String failureType, String failure)
        implements Serializable {

    static QueueReply of(Serializable value) {
        return new QueueReply(value, null, null, null, null);
    }

    static QueueReply problem(Problem problem, String[] args) {
        return new QueueReply(null, problem, args, null, null);
    }

    static QueueReply failure(RuntimeException e) {
        return new QueueReply(null, null, null, e.getClass().getName(), String.valueOf(e.getMessage()));
    }
}
