package org.sportello.operator.desk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.sportello.model.events.EventFeed;
import org.sportello.model.events.OfficeEvent;
import org.sportello.model.queue.QueueService;
import org.sportello.model.queue.Ticket;
import org.sportello.model.queue.TicketStatus;

/**
 * What a queue ticket's QR (the ticket id, see the kiosk's ticket layout) says at this counter. The
 * id is a UUIDv7, so it carries the moment the ticket was issued: a ticket of another day is told
 * apart without asking the office. For today's, the queue service answers (this counter's ticket,
 * the waiting line); a ticket no longer waiting is found by its code in the office log, read
 * backwards from now to the moment it was issued, then asked for by code.
 *
 * @param ticket  the ticket as the office has it now; null for UNKNOWN and OTHER_DAY
 * @param day     the day it was issued (OTHER_DAY), else null
 * @param counter where a CALLED_ELSEWHERE ticket is, else 0
 */
public record ScannedTicket(Kind kind, Ticket ticket, LocalDate day, int counter) {
    public enum Kind {
        /** Waiting in line: may be called out of turn. */
        WAITING,
        /** The ticket this counter is serving. */
        CURRENT,
        /** Being served at another counter. */
        CALLED_ELSEWHERE,
        /** Served, absent, or left open when the day closed: its turn is over. */
        OVER,
        CANCELLED,
        /** Issued on another day: tickets are valid on their day only. */
        OTHER_DAY,
        /** Not a ticket this office issued (or the log no longer has it). */
        UNKNOWN
    }

    /** A UUID as the ticket's QR prints it: 36 characters in the 8-4-4-4-12 hex groups. */
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** Log pages read back at most: about a very busy day of one office. */
    private static final int PAGE = 500;
    private static final int MAX_PAGES = 60;

    /** The ticket id in a scanned text; empty when the text is something else (a document code, typing). */
    public static Optional<UUID> idIn(String scanned) {
        String text = scanned == null ? "" : scanned.strip();
        return UUID_TEXT.matcher(text).matches() ? Optional.of(UUID.fromString(text)) : Optional.empty();
    }

    /** When a ticket id says its ticket was issued; empty for ids that are not UUIDv7 (not ours). */
    static Optional<Instant> issuedAt(UUID id) {
        return id.version() == 7 ? Optional.of(Instant.ofEpochMilli(id.getMostSignificantBits() >>> 16))
                : Optional.empty();
    }

    /** Asks the office; blocks, so it runs as office work. */
    static ScannedTicket find(UUID id, int counter, QueueService queue, EventFeed log, ZoneId zone, LocalDate today) {
        Optional<Instant> issued = issuedAt(id);
        if (issued.isEmpty()) {
            return unknown();
        }
        LocalDate day = issued.get().atZone(zone).toLocalDate();
        if (!day.equals(today)) {
            return new ScannedTicket(Kind.OTHER_DAY, null, day, 0);
        }
        Optional<Ticket> mine = queue.current(counter).filter(t -> t.id().equals(id));
        if (mine.isPresent()) {
            return new ScannedTicket(Kind.CURRENT, mine.get(), null, 0);
        }
        Optional<Ticket> waiting = queue.waiting().stream().filter(t -> t.id().equals(id)).findFirst();
        if (waiting.isPresent()) {
            return new ScannedTicket(Kind.WAITING, waiting.get(), null, 0);
        }
        Optional<Ticket> found = codeInLog(log, id, issued.get()).flatMap(queue::findToday)
                .filter(t -> t.id().equals(id));
        if (found.isEmpty()) {
            return unknown();
        }
        Ticket t = found.get();
        return switch (t.status()) {
            case WAITING -> new ScannedTicket(Kind.WAITING, t, null, 0);
            case CALLED -> new ScannedTicket(Kind.CALLED_ELSEWHERE, t, null, queue.overview().counters().stream()
                    .filter(c -> t.code().equals(c.currentTicketCode())).mapToInt(c -> c.number()).findFirst().orElse(0));
            case DONE, NO_SHOW, UNSERVED -> new ScannedTicket(Kind.OVER, t, null, 0);
            case CANCELLED -> new ScannedTicket(Kind.CANCELLED, t, null, 0);
        };
    }

    /** The ticket's code from its latest event, reading the log back no further than its issue. */
    private static Optional<String> codeInLog(EventFeed log, UUID id, Instant issued) {
        // The id's clock may run a second ahead of the log's (UUIDv7 borrowing within a millisecond burst).
        Instant oldest = issued.minusSeconds(5);
        long upper = log.latestSeq();
        for (int page = 0; page < MAX_PAGES && upper > 0; page++) {
            long from = Math.max(0, upper - PAGE);
            List<OfficeEvent> events = log.after(from, PAGE);
            for (OfficeEvent e : events.reversed()) {
                if (id.equals(e.ticketId()) && e.ticketCode() != null) {
                    return Optional.of(e.ticketCode());
                }
            }
            if (events.isEmpty() || events.getFirst().occurredAt().isBefore(oldest)) {
                break;
            }
            upper = from;
        }
        return Optional.empty();
    }

    private static ScannedTicket unknown() {
        return new ScannedTicket(Kind.UNKNOWN, null, null, 0);
    }

    /** The status a ticket that is OVER ended with. */
    TicketStatus status() {
        return ticket == null ? null : ticket.status();
    }
}
