package org.sportello.server.offers;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.sportello.server.storage.JdbcTransaction;
import org.sportello.model.offers.JobOffer;

/**
 * "Porta allo sportello" (issue 12): offers a citizen chose at a terminal go with their ticket of today
 * (V1's {@code ticket_item}, kind {@code JOB_OFFER}), found by the codice fiscale the kiosk put on it
 * when the same card was shown there; the desk that calls the ticket reads them back.
 */
public final class TicketOffers {
    public static final String ITEM_KIND = "JOB_OFFER";
    /** Offers one ticket carries at most: a citizen's choice, not a catalogue. */
    public static final int MAX_PER_TICKET = 20;

    /** What an attach did. */
    public record Outcome(boolean attached, String ticketCode, Reason reason, List<String> offerIds) {
        public enum Reason { ATTACHED, NO_TICKET_TODAY, NO_OPEN_OFFER }
    }

    private final DataSource office;
    private final UUID officeId;
    private final OfficeOffers offers;

    public TicketOffers(DataSource office, UUID officeId, OfficeOffers offers) {
        this.office = office;
        this.officeId = officeId;
        this.offers = offers;
    }

    /**
     * Attaches the open ones among {@code offerIds} to the newest waiting or called ticket of today that
     * carries {@code taxCode}, after those it has already (at most {@link #MAX_PER_TICKET} in all).
     */
    public Outcome attach(String taxCode, List<String> offerIds) {
        LocalDate today = offers.today();
        List<String> open = offers.openAmong(new LinkedHashSet<>(offerIds)).stream().map(JobOffer::id).toList();
        return JdbcTransaction.run(office, c -> {
            UUID ticket = null;
            String code = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT id, code FROM ticket WHERE office_id = ?"
                    + " AND service_day = ? AND citizen_tax_code = ? AND status IN ('WAITING', 'CALLED')"
                    + " ORDER BY issued_at DESC FETCH FIRST 1 ROW ONLY")) {
                ps.setObject(1, officeId);
                ps.setObject(2, today);
                ps.setString(3, taxCode);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        ticket = rs.getObject(1, UUID.class);
                        code = rs.getString(2);
                    }
                }
            }
            if (ticket == null) {
                return new Outcome(false, "", Outcome.Reason.NO_TICKET_TODAY, List.of());
            }
            if (open.isEmpty()) {
                return new Outcome(false, code, Outcome.Reason.NO_OPEN_OFFER, List.of());
            }
            Set<String> already = new LinkedHashSet<>(items(c, ticket));
            int position = already.size();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ticket_item (ticket_id, position, item_kind,"
                    + " item_ref) VALUES (?, (SELECT COALESCE(MAX(position), 0) + 1 FROM ticket_item WHERE ticket_id = ?),"
                    + " ?, ?)")) {
                for (String id : open) {
                    if (already.contains(id) || position >= MAX_PER_TICKET) {
                        continue;
                    }
                    ps.setObject(1, ticket);
                    ps.setObject(2, ticket);
                    ps.setString(3, ITEM_KIND);
                    ps.setString(4, id);
                    ps.executeUpdate();
                    already.add(id);
                    position++;
                }
            }
            return new Outcome(true, code, Outcome.Reason.ATTACHED, List.copyOf(already));
        });
    }

    /** The offers attached to a ticket, in the order chosen; those withdrawn since are left out. */
    public List<JobOffer> attached(UUID ticketId) {
        return attached(office, offers, ticketId);
    }

    /**
     * The one reading of a ticket's offers, for the terminal's API and the desk's vacancy service alike; the
     * office database holds one office, so a ticket of another office is unknown here as anywhere.
     */
    public static List<JobOffer> attached(DataSource office, OfferCatalogue catalogue, UUID ticketId) {
        List<String> ids = JdbcTransaction.run(office, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM ticket WHERE id = ?"
                    + " AND office_id = (SELECT id FROM office)")) {
                ps.setObject(1, ticketId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                }
            }
            return items(c, ticketId);
        });
        if (ids == null) {
            throw new org.sportello.model.common.SportelloException(org.sportello.model.common.Problem.UNKNOWN_TICKET,
                    ticketId.toString());
        }
        List<JobOffer> out = new ArrayList<>();
        for (String id : ids) {
            catalogue.find(id).ifPresent(out::add);
        }
        return out;
    }

    private static List<String> items(java.sql.Connection c, UUID ticket) throws java.sql.SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT item_ref FROM ticket_item WHERE ticket_id = ?"
                + " AND item_kind = ? ORDER BY position")) {
            ps.setObject(1, ticket);
            ps.setString(2, ITEM_KIND);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
