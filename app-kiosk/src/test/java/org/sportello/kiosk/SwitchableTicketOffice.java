package org.sportello.kiosk;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.events.PrinterReport;
import org.sportello.model.office.OfficeInfo;
import org.sportello.model.office.ServiceInfo;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.IssuedTicket;

/**
 * A real office the test can "unplug": while down every call fails as an unreachable office server
 * does; {@link #loseNextAnswer()} lets the next ticket be committed but its answer fail, as when
 * the link breaks between commit and reply. Records every issue request and printer report.
 */
final class SwitchableTicketOffice implements TicketOffice {
    private final TicketOffice real;
    private final List<IssueRequest> requests = new CopyOnWriteArrayList<>();
    private final List<PrinterReport> printerReports = new CopyOnWriteArrayList<>();
    private volatile boolean down;
    /** While set, every call is refused with it, as an upgraded server refuses an old station. */
    private volatile SportelloException refusal;
    private volatile boolean loseNextAnswer;
    private volatile RuntimeException nextIssueFailure;

    SwitchableTicketOffice(TicketOffice real) {
        this.real = real;
    }

    void down() {
        down = true;
    }

    void up() {
        down = false;
        refusal = null;
    }

    void refuseEveryCall(SportelloException e) {
        refusal = e;
    }

    void loseNextAnswer() {
        loseNextAnswer = true;
    }

    void failNextIssue(RuntimeException failure) {
        nextIssueFailure = failure;
    }

    List<IssueRequest> requests() {
        return List.copyOf(requests);
    }

    /** Printer reports that reached the office, oldest first. */
    List<PrinterReport> printerReports() {
        return List.copyOf(printerReports);
    }

    private <T> T call(Supplier<T> work) {
        if (down) {
            throw new SportelloException(Problem.OFFICE_UNAVAILABLE, "test: office unplugged");
        }
        SportelloException refused = refusal;
        if (refused != null) {
            throw refused;
        }
        return work.get();
    }

    @Override
    public OfficeInfo office() {
        return call(real::office);
    }

    @Override
    public List<ServiceInfo> services() {
        return call(real::services);
    }

    @Override
    public List<org.sportello.model.office.CounterInfo> counters() {
        return call(real::counters);
    }

    @Override
    public IssuedTicket issue(IssueRequest request) {
        requests.add(request);
        RuntimeException failure = nextIssueFailure;
        if (failure != null) {
            nextIssueFailure = null;
            throw failure;
        }
        IssuedTicket issued = call(() -> real.issue(request));
        if (loseNextAnswer) {
            loseNextAnswer = false;
            down = true;
            throw new SportelloException(Problem.OFFICE_UNAVAILABLE, "connection reset after commit");
        }
        return issued;
    }

    @Override
    public org.sportello.model.agenda.CheckInAnswer checkIn(String code, String taxCode, String language, String key,
                                                            boolean offerWalkIn) {
        return call(() -> real.checkIn(code, taxCode, language, key, offerWalkIn));
    }

    @Override
    public org.sportello.model.stamps.StampReceipt stamp(org.sportello.model.stamps.StampRequest request) {
        return call(() -> real.stamp(request));
    }

    @Override
    public void reportPrinter(PrinterReport report) {
        call(() -> {
            real.reportPrinter(report);
            return printerReports.add(report);
        });
    }
}
