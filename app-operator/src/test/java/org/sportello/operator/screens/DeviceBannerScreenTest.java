package org.sportello.operator.screens;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.sportello.model.events.DeviceReport;
import org.sportello.model.events.DeviceReport.Device;
import org.sportello.model.events.DeviceReport.State;

/** A hall board and the voice failing, as the display reports them to the office log, on the real desk. */
class DeviceBannerScreenTest extends OfficeScreenFixture {

    @Test
    void aBoardThatStopsAnsweringShowsACalmBandUntilItRecovers() {
        issue(queue, "A");
        logInWithKeyboard("mrossi", "demo", 0);
        awaitDesk();
        assertThat(showing("#deviceBanner")).isFalse();

        var display = office.connection().devices();
        display.device(new DeviceReport("Sala", Device.BOARD, "counter1", State.NOT_ANSWERING));
        display.device(DeviceReport.voice("Sala", State.NOT_ANSWERING));
        until("device warnings shown", () -> robot.lookup(".device-warning").queryAll().size() == 2);
        assertThat(text("#deviceWarning-counter1-Sala")).isEqualTo("Sala: il tabellone «counter1» non risponde e non "
                + "mostra le chiamate. Riprova da solo; se dura, avvisare il tecnico.");
        assertThat(text("#deviceWarning-voice-Sala")).startsWith("Sala: gli annunci vocali non funzionano.");
        key(KeyCode.F1);
        until("called while the board is dark", () -> "A001".equals(text("#currentCode")));
        screenshot("desk-device-warning");

        display.device(new DeviceReport("Sala", Device.BOARD, "counter1", State.OK));
        until("board warning cleared", () -> robot.lookup(".device-warning").queryAll().size() == 1);
        display.device(DeviceReport.voice("Sala", State.OK));
        until("banner gone", () -> !showing("#deviceBanner"));
        assertThat(robot.lookup(".device-warning").queryAll()).isEmpty();
    }
}
