package org.sportello.devices.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;

/** Replays recorded answers and checks every command the code sends against the expected bytes. */
final class ScriptedApduChannel implements ApduChannel {
    private record Step(byte[] command, ApduResponse response, IOException failure) {
    }

    private final Deque<Step> steps = new ArrayDeque<>();

    ScriptedApduChannel expect(byte[] command, byte[] rawAnswer) {
        steps.add(new Step(command, ApduResponse.of(rawAnswer), null));
        return this;
    }

    ScriptedApduChannel expectAndFail(byte[] command, String why) {
        steps.add(new Step(command, null, new IOException(why)));
        return this;
    }

    boolean allUsed() {
        return steps.isEmpty();
    }

    @Override
    public ApduResponse transmit(byte[] command) throws IOException {
        Step step = steps.poll();
        assertThat(step).as("unexpected command " + HexFormat.of().formatHex(command)).isNotNull();
        assertThat(HexFormat.of().formatHex(command)).isEqualTo(HexFormat.of().formatHex(step.command()));
        if (step.failure() != null) {
            throw step.failure();
        }
        return step.response();
    }

    static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }
}
