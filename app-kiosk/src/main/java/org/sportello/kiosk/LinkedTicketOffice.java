package org.sportello.kiosk;

import java.util.List;
import org.sportello.link.OfficeLink;
import org.sportello.model.events.PrinterReport;
import org.sportello.model.office.CounterInfo;
import org.sportello.model.office.OfficeInfo;
import org.sportello.model.office.ServiceInfo;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.IssuedTicket;

/**
 * The kiosk's office over an {@link OfficeLink}: each call goes to the office server (or, in tests, to
 * the services in the same process) and fails with {@code OFFICE_UNAVAILABLE} while it is away.
 */
final class LinkedTicketOffice implements TicketOffice {
    private final OfficeLink link;
    private final CheckIns checkIns;

    LinkedTicketOffice(OfficeLink link) {
        this(link, CheckIns.over(link));
    }

    LinkedTicketOffice(OfficeLink link, CheckIns checkIns) {
        this.link = link;
        this.checkIns = checkIns;
    }

    @Override
    public org.sportello.model.agenda.CheckInAnswer checkIn(String code, String taxCode, String language, String key,
                                                            boolean offerWalkIn) {
        return checkIns.checkIn(code, taxCode, language, key, offerWalkIn);
    }

    @Override
    public OfficeInfo office() {
        return link.services().directory().office();
    }

    @Override
    public List<ServiceInfo> services() {
        return link.services().directory().services();
    }

    /**
     * Read afresh each time: which counters are open changes all day, while the remote directory keeps the
     * office's configuration from its first read. Kept, the kiosk told citizens all day that nobody served a
     * service its counters had opened for (or promised a wait after they closed).
     */
    @Override
    public List<CounterInfo> counters() {
        if (link.services().directory() instanceof org.sportello.protocol.client.RemoteDirectory remote) {
            remote.refresh();
        }
        return link.services().directory().counters();
    }

    @Override
    public IssuedTicket issue(IssueRequest request) {
        return link.services().queue().issue(request);
    }

    @Override
    public org.sportello.model.stamps.StampReceipt stamp(org.sportello.model.stamps.StampRequest request) {
        var stamps = link.services().stamps();
        if (stamps == null) {
            throw new org.sportello.model.common.SportelloException(
                    org.sportello.model.common.Problem.STAMPING_NOT_OFFERED);
        }
        return stamps.stamp(request);
    }

    @Override
    public void reportPrinter(PrinterReport report) {
        // The server names the kiosk from its certificate, whatever the report says.
        link.services().devices().printer(report);
    }
}
