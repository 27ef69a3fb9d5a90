package org.sportello.server.bench;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.sportello.model.events.EventType;
import org.sportello.model.events.OfficeEvent;
import org.sportello.protocol.client.EventSubscription;

/**
 * A hall display following the office's event stream through its own station's link: it notes when
 * each call reaches it, as the moment it would show the ticket on the board.
 */
final class SimulatedDisplay implements EventSubscription.Listener {
    /** Ticket id → System.nanoTime() when its TICKET_CALLED event arrived here. */
    final Map<UUID, Long> saw = new ConcurrentHashMap<>();
    private final BenchLoad load;

    SimulatedDisplay(BenchLoad load) {
        this.load = load;
    }

    @Override
    public void event(OfficeEvent event) {
        if (event.type() == EventType.TICKET_CALLED && event.ticketId() != null) {
            saw.putIfAbsent(event.ticketId(), System.nanoTime());
        }
    }

    @Override
    public void interrupted(org.sportello.model.common.SportelloException why) {
        if (!load.stop) {
            load.failed(why);
        }
    }
}
