package org.sportello.model.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.auth.Role;
import org.sportello.model.common.Problem;
import org.sportello.model.office.Area;
import org.sportello.model.office.CounterState;
import org.sportello.model.office.OpeningHours;
import org.sportello.model.office.ServiceInfo;
import org.sportello.model.queue.DayCloseReport;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.IssuedTicket;
import org.sportello.model.queue.Outcome;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.QueueOverview;
import org.sportello.model.queue.QueueSettings;
import org.sportello.model.queue.Ticket;
import org.sportello.model.queue.TicketKind;
import org.sportello.model.queue.TicketStatus;

/** Every value a queue call or answer carries comes back equal from its bytes. */
class QueueCodecTest {
    private static final Instant NOW = Instant.parse("2026-11-24T09:15:30.123456789Z");

    private static Ticket ticket(boolean full) {
        return full
                ? new Ticket(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2026, 11, 24), 14, "B014",
                        TicketKind.WALK_IN, PriorityClass.ELDERLY, TicketStatus.DONE, "en", NOW, NOW.plusSeconds(1),
                        NOW.plusSeconds(60), NOW.plusSeconds(600), UUID.randomUUID(), UUID.randomUUID(), 2,
                        Outcome.REFERRED, 12, 3, "RSSMRA85T10A562S")
                : new Ticket(UUID.randomUUID(), UUID.randomUUID(), null, 1, "A001", null, null, null, "it", null, null,
                        null, null, null, null, 0, null, null, null, null);
    }

    @Test
    void callsComeBackEqual() {
        OperatorSession maria = new OperatorSession(UUID.randomUUID(), "mrossi", "Maria Rossì", Role.SUPERVISOR);
        QueueSettings settings = new QueueSettings(Duration.ofMinutes(17), 2, 9);
        List<Serializable[]> argLists = List.of(new Serializable[] {},
                new Serializable[] {3, "A007", "urgente: è così"},
                new Serializable[] {new IssueRequest("B", PriorityClass.PREGNANCY, "en", "tap-1", "RSSMRA85T10A562S")},
                new Serializable[] {new IssueRequest("A", PriorityClass.STANDARD, "it", "tap-2")},
                new Serializable[] {2, Outcome.DOCUMENTS_MISSING});
        for (Serializable[] args : argLists) {
            QueueCall call = new QueueCall(QueueCall.Op.FINISH, NOW, settings, maria, args);
            QueueCall back = QueueCodec.call(QueueCodec.call(call));
            assertThat(back.op()).isEqualTo(call.op());
            assertThat(back.now()).isEqualTo(NOW);
            assertThat(back.settings()).isEqualTo(settings);
            assertThat(back.session()).isEqualTo(maria);
            assertThat(back.args()).containsExactly(args);
        }
        QueueCall kiosk = new QueueCall(QueueCall.Op.WAITING, NOW, QueueSettings.DEFAULT, null, new Serializable[0]);
        assertThat(QueueCodec.call(QueueCodec.call(kiosk)).session()).isNull();
    }

    @Test
    void answersComeBackEqual() {
        ServiceInfo service = new ServiceInfo(UUID.randomUUID(), "C", "Imprese", "Companies", null, "Stamped copy",
                Area.COMPANIES, Duration.ofMinutes(15), Duration.ofMinutes(10), 4,
                new OpeningHours(List.of(new OpeningHours.Interval(DayOfWeek.TUESDAY, LocalTime.of(8, 30),
                        LocalTime.of(12, 30)))));
        List<Serializable> values = new ArrayList<>();
        values.add(null);
        values.add(ticket(true));
        values.add(ticket(false));
        values.add(new IssuedTicket(ticket(true), service, 4, Duration.ofSeconds(754), true));
        values.add(new ArrayList<>(List.of(ticket(true), ticket(false))));
        values.add(new QueueOverview(NOW, List.of(new QueueOverview.ServiceQueue(UUID.randomUUID(), "A", 5, 1,
                Duration.ofSeconds(301), 40)), List.of(new QueueOverview.CounterStatus(UUID.randomUUID(), 2,
                CounterState.PAUSED, "pranzo", "Luca Bianchi", null))));
        values.add(new DayCloseReport(LocalDate.of(2026, 11, 24), List.of(new DayCloseReport.ServiceCount("B", 3)), 211));
        for (Serializable v : values) {
            assertThat(QueueCodec.reply(QueueCodec.reply(QueueReply.of(v))).value()).isEqualTo(v);
        }
        QueueReply problem = QueueReply.problem(Problem.COUNTER_BUSY, new String[] {"2", "A014"});
        QueueReply back = QueueCodec.reply(QueueCodec.reply(problem));
        assertThat(back.problem()).isEqualTo(Problem.COUNTER_BUSY);
        assertThat(back.problemArgs()).containsExactly("2", "A014");
        QueueReply failure = QueueCodec.reply(QueueCodec.reply(QueueReply.failure(new IllegalStateException("boom"))));
        assertThat(failure.failureType()).isEqualTo(IllegalStateException.class.getName());
        assertThat(failure.failure()).isEqualTo("boom");
    }
}
