package org.sportello.server.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.agenda.Appointment;
import org.sportello.model.agenda.AppointmentKind;
import org.sportello.model.agenda.AppointmentStatus;
import org.sportello.model.agenda.CheckInAnswer;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.Problem;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.Ticket;
import org.sportello.model.queue.TicketKind;
import org.sportello.server.dossier.OfficeDossiers;
import org.sportello.server.testing.TestOffice;

/**
 * Check-in at the kiosk at every edge, on a real office database, Tuesday 24 November 2026 in Rome; Anna is booked
 * with Maria Rossi (mrossi) at 10:30; the shipped rule: check in from 10:15 to 10:45, walk-in fallback allowed.
 */
class KioskCheckInTest {
    static final CodiceFiscale ANNA = OfficeAgendaTest.ANNA;
    static final CodiceFiscale LUCA = OfficeAgendaTest.LUCA;

    @TempDir
    Path dir;
    TestOffice office;
    OfficeAgenda agenda;
    KioskCheckIn checkIn;
    OperatorSession mrossi;
    Appointment anna;
    String letter;

    @BeforeEach
    void open() {
        office = TestOffice.embedded(dir);
        var dossiers = new OfficeDossiers(office.connection().database().dataSource(), office.clock());
        dossiers.register(ANNA, "Neri", "Anna", "Bologna", OfficeAgendaTest.TODAY.minusYears(1));
        dossiers.register(LUCA, "Bianchi", "Luca", "Bologna", OfficeAgendaTest.TODAY.minusYears(1));
        agenda = office.connection().agenda();
        checkIn = office.connection().checkIn();
        mrossi = office.login("mrossi");
        anna = agenda.book(mrossi, ANNA, "mrossi", AppointmentKind.CASE_MANAGER_TALK,
                LocalDateTime.of(2026, 11, 24, 10, 30), "");
        letter = agenda.letter(mrossi, anna.id(), Locale.ITALIAN).seal().encode();
    }

    @AfterEach
    void close() {
        office.close();
    }

    void at(int hour, int minute) {
        office.clock().set(LocalDateTime.of(2026, 11, 24, hour, minute).atZone(TestOffice.ROME).toInstant());
    }

    @Test
    void onTimeTheLetterGivesAnAppointmentTicketForTheOperatorAndTheAppointmentIsCheckedIn() {
        at(10, 20);
        CheckInAnswer answer = checkIn.byLetter(letter, "it", "tap-1");

        assertThat(answer.appointment()).isTrue();
        assertThat(answer.turnedAway()).isNull();
        assertThat(answer.withName()).isEqualTo("Maria Rossi");
        assertThat(answer.counter()).isZero();
        assertThat(answer.issued().ticket().kind()).isEqualTo(TicketKind.APPOINTMENT);
        assertThat(answer.issued().ticket().code()).startsWith("E");
        Appointment after = agenda.find(mrossi, anna.id());
        assertThat(after.status()).isEqualTo(AppointmentStatus.CHECKED_IN);
        assertThat(after.ticketCode()).isEqualTo(answer.issued().ticket().code());

        CheckInAnswer again = checkIn.byLetter(letter, "it", "tap-2");
        assertThat(again.issued().ticket().code()).isEqualTo(answer.issued().ticket().code());
        assertThat(again.issued().repeated()).isTrue();
    }

    @Test
    void theHealthCardFindsTodaysAppointmentAndTheAnswerNamesTheCounterOfTheOperator() {
        office.connection().queue().openCounter(mrossi, 1);
        at(10, 40);
        CheckInAnswer answer = checkIn.byCard(ANNA.canonical(), "en", "tap-1");
        assertThat(answer.appointment()).isTrue();
        assertThat(answer.counter()).isEqualTo(1);
        assertThat(answer.startsAt()).isEqualTo(anna.startsAt());
    }

    @Test
    void theTicketGoesToTheOperatorsCounterAheadOfWalkInsEvenAtACounterNotServingItsService() {
        var queue = office.connection().queue();
        Ticket first = queue.issue(new IssueRequest("A", PriorityClass.STANDARD, "it", "walk-in-1")).ticket();
        Ticket walkIn = queue.issue(new IssueRequest("A", PriorityClass.STANDARD, "it", "walk-in-2")).ticket();
        at(10, 20);
        Ticket booked = checkIn.byLetter(letter, "it", "tap").issued().ticket();
        OperatorSession lbianchi = office.login("lbianchi");
        queue.openCounter(lbianchi, 2); // serves E, but the appointment is with mrossi, who is here
        queue.openCounter(mrossi, 1); // counter 1 serves A and B, not E
        assertThat(queue.callNext(lbianchi, 2)).map(Ticket::code).contains(first.code());
        assertThat(queue.callNext(mrossi, 1)).map(Ticket::code).contains(booked.code());
        queue.finish(mrossi, 1, org.sportello.model.queue.Outcome.RESOLVED);
        assertThat(queue.callNext(mrossi, 1)).map(Ticket::code).contains(walkIn.code());
    }

    @Test
    void whileTheOperatorIsAtNoCounterASupervisorsCounterGetsTheTicketAndOthersDoNot() {
        var queue = office.connection().queue();
        at(10, 20);
        Ticket booked = checkIn.byLetter(letter, "it", "tap").issued().ticket();
        OperatorSession lbianchi = office.login("lbianchi");
        OperatorSession gverdi = office.login("gverdi");
        queue.openCounter(lbianchi, 2);
        queue.openCounter(gverdi, 3);
        assertThat(queue.callNext(lbianchi, 2)).isEmpty();
        assertThat(queue.callNext(gverdi, 3)).map(Ticket::code).contains(booked.code());
    }

    @Test
    void tooEarlyTheCitizenIsToldFromWhenAndGetsAWalkInTicketWhereTheOfficeAllowsIt() {
        at(10, 0);
        CheckInAnswer answer = checkIn.byLetter(letter, "it", "tap-early");
        assertThat(answer.appointment()).isFalse();
        assertThat(answer.turnedAway()).isEqualTo(Problem.CHECKIN_TOO_EARLY);
        assertThat(answer.turnedAwayArgs()).containsExactly("10:30", "10:15");
        assertThat(answer.issued().ticket().kind()).isEqualTo(TicketKind.WALK_IN);
        assertThat(agenda.find(mrossi, anna.id()).status()).isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void aKioskThatAsksFirstGetsTheOfferAndNoTicketUntilItAsksAgainWithTheSameKey() {
        at(10, 0);
        CheckInAnswer offer = checkIn.byLetter(letter, "it", "tap-early", true);
        assertThat(offer.walkInOffered()).isTrue();
        assertThat(offer.issued()).isNull();
        assertThat(offer.turnedAway()).isEqualTo(Problem.CHECKIN_TOO_EARLY);
        assertThat(offer.turnedAwayArgs()).containsExactly("10:30", "10:15");
        assertThat(office.connection().queue().waiting()).as("nobody joins the line unasked").isEmpty();

        CheckInAnswer none = checkIn.byCard(LUCA.canonical(), "it", "tap-luca", true);
        assertThat(none.walkInOffered()).isTrue();
        assertThat(none.turnedAway()).isEqualTo(Problem.CHECKIN_NO_APPOINTMENT);

        CheckInAnswer taken = checkIn.byLetter(letter, "it", "tap-early", false);
        CheckInAnswer twice = checkIn.byLetter(letter, "it", "tap-early", false);
        assertThat(taken.issued().ticket().kind()).isEqualTo(TicketKind.WALK_IN);
        assertThat(twice.issued().ticket().code()).isEqualTo(taken.issued().ticket().code());
        assertThat(office.connection().queue().waiting()).hasSize(1);
        assertThat(agenda.find(mrossi, anna.id()).status()).isEqualTo(AppointmentStatus.BOOKED);

        at(10, 20);
        assertThat(checkIn.byLetter(letter, "it", "tap-on-time", true).appointment())
                .as("on time, asking first changes nothing").isTrue();
    }

    @Test
    void withoutTheFallbackAKioskThatAsksFirstIsRefusedWithNoOffer() {
        noWalkIns();
        at(10, 0);
        assertRefused(() -> checkIn.byLetter(letter, "it", "a", true), Problem.CHECKIN_TOO_EARLY);
    }

    @Test
    void withoutTheFallbackEveryTurnedAwayCitizenGetsOnlyTheExplanation() {
        noWalkIns();
        at(10, 0);
        assertRefused(() -> checkIn.byLetter(letter, "it", "a"), Problem.CHECKIN_TOO_EARLY);
        at(10, 46);
        assertRefused(() -> checkIn.byLetter(letter, "it", "b"), Problem.CHECKIN_TOO_LATE);
        assertRefused(() -> checkIn.byCard(LUCA.canonical(), "it", "c"), Problem.CHECKIN_NO_APPOINTMENT);
        assertThat(office.connection().queue().waiting()).isEmpty();
    }

    @Test
    void tooLate() {
        at(10, 46);
        CheckInAnswer answer = checkIn.byCard(ANNA.canonical(), "it", "tap-late");
        assertThat(answer.turnedAway()).isEqualTo(Problem.CHECKIN_TOO_LATE);
        assertThat(answer.turnedAwayArgs()).containsExactly("10:30");
        assertThat(answer.issued().ticket().kind()).isEqualTo(TicketKind.WALK_IN);
    }

    @Test
    void onTheWrongDayTheCitizenIsToldTheDay() {
        agenda.book(mrossi, LUCA, "mrossi", AppointmentKind.CASE_MANAGER_TALK, LocalDateTime.of(2026, 11, 26, 9, 0),
                "");
        CheckInAnswer byCard = checkIn.byCard(LUCA.canonical(), "it", "tap-luca");
        assertThat(byCard.turnedAway()).isEqualTo(Problem.CHECKIN_OTHER_DAY);
        assertThat(byCard.turnedAwayArgs()).containsExactly("26/11/2026", "09:00");

        office.clock().advance(Duration.ofDays(1));
        CheckInAnswer byLetter = checkIn.byLetter(letter, "it", "tap-anna");
        assertThat(byLetter.turnedAway()).isEqualTo(Problem.CHECKIN_OTHER_DAY);
        assertThat(byLetter.turnedAwayArgs()).containsExactly("24/11/2026", "10:30");
    }

    @Test
    void aCardWithNoAppointment() {
        CheckInAnswer answer = checkIn.byCard(LUCA.canonical(), "it", "tap");
        assertThat(answer.turnedAway()).isEqualTo(Problem.CHECKIN_NO_APPOINTMENT);
        assertThat(answer.issued().ticket().code()).startsWith("E");
    }

    @Test
    void anUnknownOrAlteredCodeNeverGetsATicket() {
        at(10, 20);
        assertRefused(() -> checkIn.byLetter("not a letter", "it", "a"), Problem.CHECKIN_CODE_UNKNOWN);
        // The bare protocol number (the letter's barcode) is not signed: not accepted.
        String number = agenda.find(mrossi, anna.id()).letter();
        assertRefused(() -> checkIn.byLetter(number, "it", "b"), Problem.CHECKIN_CODE_UNKNOWN);
        char last = letter.charAt(letter.length() - 2);
        String altered = letter.substring(0, letter.length() - 2) + (last == 'A' ? 'B' : 'A')
                + letter.charAt(letter.length() - 1);
        assertRefused(() -> checkIn.byLetter(altered, "it", "c"), Problem.CHECKIN_CODE_ALTERED);
        assertThat(office.connection().queue().waiting()).isEmpty();
        assertThat(agenda.find(mrossi, anna.id()).status()).isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void aCancelledAppointmentsLetterIsRefused() {
        agenda.cancel(mrossi, anna.id(), "");
        at(10, 20);
        assertRefused(() -> checkIn.byLetter(letter, "it", "a"), Problem.CHECKIN_APPOINTMENT_CANCELLED);
    }

    void noWalkIns() {
        var shipped = org.sportello.model.agenda.CheckInRule.SHIPPED;
        checkIn.saveRule(office.login("gverdi"), new org.sportello.model.agenda.CheckInRule(shipped.early(),
                shipped.late(), false, shipped.service()));
    }

    static void assertRefused(Runnable r, Problem problem) {
        assertThat(OfficeAgendaTest.refusal(r).problem()).isEqualTo(problem);
    }
}
