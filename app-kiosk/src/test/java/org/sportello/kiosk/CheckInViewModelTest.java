package org.sportello.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.devices.card.CardRead;
import org.sportello.devices.card.CardSource;
import org.sportello.devices.printer.SimulatedTicketPrinter;
import org.sportello.kiosk.KioskViewModel.Screen;
import org.sportello.link.InProcessOffice;
import org.sportello.model.setup.DemoPeople;
import org.sportello.server.testing.TestOffice;
import org.sportello.ui.Dispatch;
import org.sportello.ui.ManualScheduler;

/** Check-in without a toolkit: the screens the kiosk goes through, on a real H2 office, in virtual time. */
class CheckInViewModelTest {
    @TempDir
    Path dir;
    TestOffice office;
    SwitchableTicketOffice desk;
    ManualScheduler time;
    KioskViewModel vm;
    String letter;

    @BeforeEach
    void setUp() {
        office = TestOffice.embedded(dir);
        Appointments day = Appointments.on(office);
        letter = day.letter(day.book(DemoPeople.MARIO_ROSSI, "mrossi", LocalDateTime.of(2026, 11, 24, 10, 30)));
        desk = new SwitchableTicketOffice(new LinkedTicketOffice(InProcessOffice.link(office.connection()),
                Appointments.inProcess(office)));
        time = new ManualScheduler(office.clock());
        vm = new KioskViewModel(desk, new SimulatedTicketPrinter(), new Dispatch(Runnable::run, Runnable::run, time),
                KioskSettings.defaults().withClock(office.clock()));
        vm.start();
    }

    @AfterEach
    void tearDown() {
        vm.stop();
        office.close();
    }

    private static CardRead card(String code) {
        return CardRead.identified(CodiceFiscale.of(code, LocalDate.of(2026, 11, 24)), CardSource.CHIP);
    }

    @Test
    void tooEarlyTheScreenSaysFromWhenAndTheNormalTicketIsTakenOnlyWhenAsked() {
        vm.askCheckIn();
        vm.cardRead(card(DemoPeople.MARIO_ROSSI));
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.CHECK_IN);
        assertThat(vm.checkIn().stateProperty().get()).isEqualTo(CheckInViewModel.State.REFUSED);
        assertThat(vm.checkIn().explanationProperty().get()).contains("10:30").contains("10:15");
        assertThat(vm.checkIn().walkInOfferedProperty().get()).isTrue();
        assertThat(office.connection().queue().waiting()).isEmpty();

        vm.takeWalkIn();
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.CONFIRMATION);
        assertThat(vm.confirmation().codeProperty().get()).startsWith("E");
        assertThat(office.connection().queue().waiting()).hasSize(1);
    }

    @Test
    void aCardOnTheHomeScreenChecksInOnlyWhenTheAppointmentIsToday() {
        vm.cardRead(card(Appointments.NOBODY));
        assertThat(vm.screenProperty().get()).as("no appointment: the card waits for a ticket").isEqualTo(Screen.HOME);
        assertThat(vm.card().taxCode()).contains(Appointments.NOBODY);

        office.clock().set(LocalDateTime.of(2026, 11, 24, 10, 25).atZone(TestOffice.ROME).toInstant());
        vm.cardRead(card(DemoPeople.MARIO_ROSSI));
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.CONFIRMATION);
        assertThat(vm.confirmation().headingProperty().get()).isEqualTo("Il suo biglietto per l'appuntamento");
        assertThat(vm.confirmation().serviceProperty().get()).isEqualTo("Appuntamento alle 10:30 con Maria Rossi");
        assertThat(vm.card().taxCode()).as("the card went with the appointment").isEmpty();
    }

    @Test
    void theLettersCodeWhileTheOfficeIsAwayIsSentAgainOnTheCheckInScreenWhenItIsBack() {
        office.clock().set(LocalDateTime.of(2026, 11, 24, 10, 25).atZone(TestOffice.ROME).toInstant());
        vm.askCheckIn();
        desk.down();
        vm.codeScanned(letter);
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.OUT_OF_SERVICE);
        desk.up();
        time.advance(KioskSettings.defaults().retryInterval());
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.CONFIRMATION);
        assertThat(vm.confirmation().serviceProperty().get()).contains("10:30");
    }

    @Test
    void anIdleCheckInScreenGoesBackHome() {
        vm.askCheckIn();
        vm.codeScanned(Appointments.altered(letter));
        assertThat(vm.checkIn().walkInOfferedProperty().get()).isFalse();
        assertThat(vm.checkIn().explanationProperty().get()).isEqualTo("Il codice di questa lettera non è valido.");
        time.advance(KioskSettings.defaults().idleTimeout().plus(Duration.ofSeconds(1)));
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.HOME);
        assertThat(vm.checkIn().explanationProperty().get()).isEmpty();
    }
}
