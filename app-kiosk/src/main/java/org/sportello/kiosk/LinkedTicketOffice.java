package org.sportello.kiosk;

import java.util.List;
import org.sportello.model.events.PrinterReport;
import org.sportello.model.office.OfficeInfo;
import org.sportello.model.office.ServiceInfo;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.IssuedTicket;
import org.sportello.ui.OfficeLink;

/** The kiosk's office over an {@link OfficeLink}, so each call also (re)connects when needed. */
final class LinkedTicketOffice implements TicketOffice {
    private final OfficeLink link;

    LinkedTicketOffice(OfficeLink link) {
        this.link = link;
    }

    @Override
    public OfficeInfo office() {
        return link.get().directory().office();
    }

    @Override
    public List<ServiceInfo> services() {
        return link.get().directory().services();
    }

    @Override
    public IssuedTicket issue(IssueRequest request) {
        return link.get().queue().issue(request);
    }

    @Override
    public void reportPrinter(PrinterReport report) {
        link.get().devices().printer(report);
    }
}
