package org.sportello.devices.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sportello.devices.DeviceStatus;

/** The default board when none is configured: remembers what it shows, for the demo and tests. */
public final class SimulatedDisplayBoard implements DisplayBoard {
    private final String name;
    private final List<Optional<BoardCall>> history = new CopyOnWriteArrayList<>();

    public SimulatedDisplayBoard(String name) {
        this.name = name;
    }

    @Override
    public BoardResult show(BoardCall call) {
        history.add(Optional.of(call));
        return BoardResult.sent(DeviceStatus.READY);
    }

    @Override
    public BoardResult clear() {
        history.add(Optional.empty());
        return BoardResult.sent(DeviceStatus.READY);
    }

    /** What the board shows now; empty when cleared or never used. */
    public Optional<BoardCall> showing() {
        return history.isEmpty() ? Optional.empty() : history.getLast();
    }

    public List<Optional<BoardCall>> history() {
        return new ArrayList<>(history);
    }

    @Override
    public DeviceStatus status() {
        return DeviceStatus.READY;
    }

    @Override
    public String describe() {
        return "sim:board:" + name;
    }
}
