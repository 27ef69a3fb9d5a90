package org.sportello.operator.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.UuidV7;
import org.sportello.model.queue.Outcome;
import org.sportello.model.queue.Ticket;
import org.sportello.server.testing.TestOffice;
import org.sportello.operator.testing.DeskFixture;

/** A ticket's QR read back against a real H2 office: every state a scanned ticket can be in. */
class ScannedTicketTest {
    @TempDir
    Path dir;
    DeskFixture f;
    OperatorSession mrossi;

    @BeforeEach
    void open() {
        f = new DeskFixture(dir);
        mrossi = f.office.login("mrossi");
        f.queue().openCounter(mrossi, 1);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private ScannedTicket scan(UUID id) {
        return ScannedTicket.find(id, 1, f.queue(), f.office.connection().events(), TestOffice.ROME,
                TestOffice.TUESDAY_MORNING.toLocalDate());
    }

    @Test
    void onlyTheQrTextOfATicketIsATicketId() {
        UUID id = f.issue("A").id();
        assertThat(ScannedTicket.idIn(" " + id + "\r")).contains(id);
        assertThat(ScannedTicket.idIn("BO01-2026-000123")).isEmpty();
        assertThat(ScannedTicket.idIn("RSSMRA85T10A562S")).isEmpty();
        assertThat(ScannedTicket.idIn("SPT1|BO01|x")).isEmpty();
    }

    @Test
    void waitingCurrentAndElsewhere() {
        Ticket a1 = f.issue("A");
        Ticket a2 = f.issue("A");
        Ticket b1 = f.issue("B");
        assertThat(scan(a2.id()).kind()).isEqualTo(ScannedTicket.Kind.WAITING);
        assertThat(scan(a2.id()).ticket().code()).isEqualTo("A002");

        f.queue().callNext(mrossi, 1);
        assertThat(scan(a1.id()).kind()).isEqualTo(ScannedTicket.Kind.CURRENT);

        OperatorSession lbianchi = f.office.login("lbianchi");
        f.queue().openCounter(lbianchi, 2);
        f.queue().callSpecific(lbianchi, 2, "B001", "test");
        ScannedTicket elsewhere = scan(b1.id());
        assertThat(elsewhere.kind()).isEqualTo(ScannedTicket.Kind.CALLED_ELSEWHERE);
        assertThat(elsewhere.counter()).isEqualTo(2);
    }

    @Test
    void servedAbsentAndCancelledTicketsAreOver() {
        Ticket a1 = f.issue("A");
        Ticket a2 = f.issue("A");
        Ticket a3 = f.issue("A");
        f.queue().callNext(mrossi, 1);
        f.queue().finish(mrossi, 1, Outcome.RESOLVED);
        f.queue().callNext(mrossi, 1);
        f.queue().recall(mrossi, 1);
        f.queue().noShow(mrossi, 1);
        f.queue().cancel(f.office.login("gverdi"), "A003", "doppio");
        // Later events of other tickets: the log is read back past them to each ticket's own.
        for (int i = 0; i < 30; i++) {
            f.issue("B");
        }
        assertThat(scan(a1.id())).extracting(ScannedTicket::kind, ScannedTicket::status)
                .containsExactly(ScannedTicket.Kind.OVER, org.sportello.model.queue.TicketStatus.DONE);
        assertThat(scan(a2.id()).status()).isEqualTo(org.sportello.model.queue.TicketStatus.NO_SHOW);
        assertThat(scan(a3.id()).kind()).isEqualTo(ScannedTicket.Kind.CANCELLED);
    }

    @Test
    void anotherDaysTicketAndAnIdTheOfficeNeverIssued() {
        UUID yesterday = UuidV7.next(Clock.fixed(f.office.clock().instant().minus(Duration.ofDays(1)), ZoneOffset.UTC));
        ScannedTicket old = scan(yesterday);
        assertThat(old.kind()).isEqualTo(ScannedTicket.Kind.OTHER_DAY);
        assertThat(old.day()).isEqualTo(LocalDate.of(2026, 11, 23));

        f.issue("A");
        assertThat(scan(UuidV7.next(f.office.clock())).kind()).as("today's id, no such ticket")
                .isEqualTo(ScannedTicket.Kind.UNKNOWN);
        assertThat(scan(UUID.randomUUID()).kind()).as("not even a UUIDv7").isEqualTo(ScannedTicket.Kind.UNKNOWN);
    }
}
