package org.sportello.model.queue;

import java.time.LocalDate;
import java.util.UUID;

/** Ticket numbers restart every day for every service: this is what they count within. */
public record ServiceDay(UUID serviceId, LocalDate day) {
}
