package org.sportello.operator.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.office.CounterInfo;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.QueueService;
import org.sportello.model.queue.Ticket;
import org.sportello.server.testing.TestOffice;
import org.sportello.operator.desk.CounterProfile;
import org.sportello.operator.desk.DeskSession;
import org.sportello.operator.office.OfficeStatus;
import org.sportello.operator.office.OfficeWork;
import org.sportello.operator.ui.Messages;
import org.sportello.operator.ui.Workers;

/** A real demo office, a switch on its line, and the shared pieces a ViewModel needs, all synchronous. */
public final class DeskFixture implements AutoCloseable {
    public final TestOffice office;
    public final SwitchableOffice link;
    public final Messages messages = new Messages();
    public final OfficeStatus status;
    public final OfficeWork work;

    public DeskFixture(Path dir) {
        office = TestOffice.embedded(dir);
        link = new SwitchableOffice(office.connection());
        status = new OfficeStatus(link, Workers.direct());
        work = new OfficeWork(link, status, Workers.direct(), messages);
    }

    public QueueService queue() {
        return office.connection().queue();
    }

    /** A kiosk tap, ten seconds after the previous one so the order in line is clear. */
    public Ticket issue(String prefix) {
        return issue(prefix, PriorityClass.STANDARD);
    }

    public Ticket issue(String prefix, PriorityClass priority) {
        office.clock().advance(Duration.ofSeconds(10));
        return queue().issue(new IssueRequest(prefix, priority, "it", UUID.randomUUID().toString())).ticket();
    }

    /** What the login screen hands over: the operator logged in, the counter opened. */
    public DeskSession sitDown(String login, int counter) {
        OperatorSession session = office.login(login);
        queue().openCounter(session, counter);
        var directory = office.connection().directory();
        CounterInfo info = directory.counterByNumber(counter).orElseThrow();
        return new DeskSession(session, CounterProfile.of(info, directory.services()), directory.office());
    }

    public Ticket today(String code) {
        return queue().findToday(code).orElseThrow();
    }

    @Override
    public void close() {
        office.close();
    }
}
