package org.sportello.model.queue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;

/**
 * One {@link QueueService} call as the {@link QueueModel} takes it, {@code R} being its answer.
 *
 * <p>A command checks its own shape when it is made (present values, lengths, the language code):
 * a malformed call is refused with {@link Problem#INVALID_REQUEST} before it reaches the queue, so it
 * never shares a turn, nor a write, with anybody else's. The queue's rules (roles, reasons, states) are
 * the model's.
 */
public sealed interface QueueCommand<R> {
    /** The longest reason a counter's pause, an out-of-turn call or a cancellation may give. */
    int REASON_LENGTH = 200;
    /** The longest ticket code or service prefix accepted. */
    int CODE_LENGTH = 16;
    /** A codice fiscale has 16 characters; anything much longer is not one that was mistyped. */
    int TAX_CODE_LENGTH = 32;

    /** True for the commands that may change the queue; reads are false. */
    default boolean changesTheQueue() {
        return true;
    }

    record Issue(IssueRequest request) implements QueueCommand<IssuedTicket> {
        private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}");

        public Issue {
            checkPresent(request, "request");
            if (!LANGUAGE.matcher(request.language()).matches()) {
                throw invalid("language must be 2 or 3 letters");
            }
            checkLength(request.servicePrefix(), "service");
            if (request.citizenTaxCode() != null && request.citizenTaxCode().length() > TAX_CODE_LENGTH) {
                throw invalid("tax code longer than " + TAX_CODE_LENGTH + " characters");
            }
        }
    }

    /** A check-in at the kiosk: an APPOINTMENT ticket for the operator the appointment is with (ADR 34). */
    record CheckIn(IssueRequest request, Appointed appointed) implements QueueCommand<IssuedTicket> {
        public CheckIn {
            new Issue(request);
            checkPresent(appointed, "appointed");
        }
    }

    record OpenCounter(OperatorSession session, int counter) implements QueueCommand<Void> {
        public OpenCounter {
            checkPresent(session, "session");
        }
    }

    record CloseCounter(OperatorSession session, int counter) implements QueueCommand<Void> {
        public CloseCounter {
            checkPresent(session, "session");
        }
    }

    record Pause(OperatorSession session, int counter, String reason) implements QueueCommand<Void> {
        public Pause {
            checkPresent(session, "session");
            checkReason(reason);
        }
    }

    record Resume(OperatorSession session, int counter) implements QueueCommand<Void> {
        public Resume {
            checkPresent(session, "session");
        }
    }

    record CallNext(OperatorSession session, int counter) implements QueueCommand<Optional<Ticket>> {
        public CallNext {
            checkPresent(session, "session");
        }
    }

    record CallSpecific(OperatorSession session, int counter, String code, String reason)
            implements QueueCommand<Ticket> {
        public CallSpecific {
            checkPresent(session, "session");
            checkLength(code, "code");
            checkReason(reason);
        }
    }

    record Recall(OperatorSession session, int counter) implements QueueCommand<Ticket> {
        public Recall {
            checkPresent(session, "session");
        }
    }

    record NoShow(OperatorSession session, int counter) implements QueueCommand<Ticket> {
        public NoShow {
            checkPresent(session, "session");
        }
    }

    record Finish(OperatorSession session, int counter, Outcome outcome) implements QueueCommand<Ticket> {
        public Finish {
            checkPresent(session, "session");
            checkPresent(outcome, "outcome");
        }
    }

    record TransferToService(OperatorSession session, int counter, String servicePrefix)
            implements QueueCommand<Ticket> {
        public TransferToService {
            checkPresent(session, "session");
            checkPresent(servicePrefix, "service");
            checkLength(servicePrefix, "service");
        }
    }

    record TransferToCounter(OperatorSession session, int counter, int targetCounter)
            implements QueueCommand<Ticket> {
        public TransferToCounter {
            checkPresent(session, "session");
        }
    }

    record Cancel(OperatorSession session, String code, String reason) implements QueueCommand<Ticket> {
        public Cancel {
            checkPresent(session, "session");
            checkLength(code, "code");
            checkReason(reason);
        }
    }

    record CloseDay(OperatorSession session) implements QueueCommand<DayCloseReport> {
        public CloseDay {
            checkPresent(session, "session");
        }
    }

    record Current(int counter) implements QueueCommand<Optional<Ticket>> {
        @Override
        public boolean changesTheQueue() {
            return false;
        }
    }

    record FindToday(String code) implements QueueCommand<Optional<Ticket>> {
        public FindToday {
            checkPresent(code, "code");
            checkLength(code, "code");
        }

        @Override
        public boolean changesTheQueue() {
            return false;
        }
    }

    record Waiting() implements QueueCommand<List<Ticket>> {
        @Override
        public boolean changesTheQueue() {
            return false;
        }
    }

    record Overview() implements QueueCommand<QueueOverview> {
        @Override
        public boolean changesTheQueue() {
            return false;
        }
    }

    private static void checkPresent(Object value, String what) {
        if (value == null) {
            throw invalid(what + " missing");
        }
    }

    /** Null is left to the rules (an unknown ticket, a missing reason); only a length is wrong here. */
    private static void checkLength(String code, String what) {
        if (code != null && code.strip().length() > CODE_LENGTH) {
            throw invalid(what + " longer than " + CODE_LENGTH + " characters");
        }
    }

    private static void checkReason(String reason) {
        if (reason != null && reason.strip().length() > REASON_LENGTH) {
            throw invalid("reason longer than " + REASON_LENGTH + " characters");
        }
    }

    private static SportelloException invalid(String what) {
        return new SportelloException(Problem.INVALID_REQUEST, what);
    }
}
