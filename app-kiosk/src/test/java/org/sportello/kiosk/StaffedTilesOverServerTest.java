package org.sportello.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.devices.printer.SimulatedTicketPrinter;
import org.sportello.link.StationLink;
import org.sportello.model.auth.OperatorSession;
import org.sportello.ui.Dispatch;
import org.sportello.ui.ManualScheduler;
import org.sportello.protocol.StationRole;
import org.sportello.ui.LoopbackOffice;

/**
 * Found running the demo: a kiosk on a real office server went on saying "no counter is open for this
 * service" after a desk had opened one, all day, because the remote directory kept the counters of its
 * first read. The kiosk's refresh must see the counters as they are now, both ways.
 */
class StaffedTilesOverServerTest {
    @TempDir
    Path dir;
    LoopbackOffice office;
    StationLink kiosk;
    StationLink desk;
    KioskViewModel vm;

    @AfterEach
    void tearDown() {
        if (vm != null) {
            vm.stop();
        }
        for (AutoCloseable c : new AutoCloseable[] {kiosk, desk}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception ignored) {
                // closing a test link
            }
        }
        office.close();
    }

    @Test
    void aCounterOpenedOrClosedAtADeskShowsOnTheKioskAtItsNextRefresh() {
        office = LoopbackOffice.start(dir);
        kiosk = office.station("chiosco-1", StationRole.KIOSK, dir.resolve("kiosk"));
        desk = office.station("sportello-1", StationRole.DESK, dir.resolve("desk"));
        KioskSettings settings = KioskSettings.defaults().withClock(office.clock());
        ManualScheduler time = new ManualScheduler(office.clock());
        Executor direct = Runnable::run;
        vm = new KioskViewModel(new LinkedTicketOffice(kiosk), new SimulatedTicketPrinter(),
                new Dispatch(direct, direct, time), settings);
        vm.start();
        assertThat(vm.screenProperty().get()).isEqualTo(KioskViewModel.Screen.HOME);
        assertThat(tile("A").staffed()).as("no counter open yet").isFalse();

        OperatorSession maria = desk.services().auth().login("mrossi", "demo".toCharArray());
        desk.services().queue().openCounter(maria, 1);
        time.advance(settings.refreshInterval());
        assertThat(tile("A").staffed()).as("counter 1 serves A and is open now").isTrue();
        assertThat(tile("C").staffed()).as("counter 1 does not serve C").isFalse();

        desk.services().queue().closeCounter(maria, 1);
        time.advance(settings.refreshInterval());
        assertThat(tile("A").staffed()).as("closed again").isFalse();
    }

    private ServiceTile tile(String prefix) {
        return java.util.stream.Stream.concat(vm.personTiles().stream(), vm.companyTiles().stream())
                .filter(t -> t.prefix().equals(prefix)).findFirst().orElseThrow();
    }
}
