package org.sportello.devices.board;

import java.io.IOException;
import org.sportello.devices.DeviceStatus;

/**
 * A serial LED board speaking the Alpha Sign Communications Protocol. Alpha signs answer nothing
 * unless asked, so the status is what the last write tells: READY after a packet went out,
 * OFFLINE when the line could not be written, UNKNOWN before the first write.
 */
public final class AlphaSignBoard implements DisplayBoard {
    private final AlphaSignBus bus;
    private final AlphaBoardConfig config;
    private volatile DeviceStatus status = DeviceStatus.UNKNOWN;

    AlphaSignBoard(AlphaSignBus bus, AlphaBoardConfig config) {
        this.bus = bus;
        this.config = config;
    }

    @Override
    public BoardResult show(BoardCall call) {
        return send(config.render(call));
    }

    private BoardResult send(BoardText text) {
        return send(packet(text));
    }

    @Override
    public BoardResult clear() {
        // Writing an empty TEXT file blanks the board.
        return send(packet(new BoardText("", false)));
    }

    /**
     * Shows free text instead of a call, with this board's file, position and mode: what the
     * technician CLI sends to check a board's wiring and address.
     */
    public BoardResult showText(String text) {
        return send(packet(text));
    }

    /** The exact bytes {@link #showText} sends. */
    public byte[] packetForText(String text) {
        return packet(text);
    }

    /** The exact bytes {@link #show} sends; for the technician CLI and tests. */
    public byte[] packetFor(BoardCall call) {
        return packet(config.render(call));
    }

    @Override
    public DeviceStatus status() {
        return status;
    }

    @Override
    public String describe() {
        return "alpha:" + config.address().hex() + "@" + bus.describe() + " (" + config.name() + ")";
    }

    private byte[] packet(String text) {
        return AlphaPackets.writeText(config.address(), config.fileLabel(), config.position(), config.mode(), text);
    }

    /** A call too wide for the board even in its short form travels right to left (ROTATE) instead of holding. */
    private byte[] packet(BoardText text) {
        return AlphaPackets.writeText(config.address(), config.fileLabel(), config.position(),
                text.scrolls() ? AlphaMode.ROTATE : config.mode(), text.text());
    }

    private BoardResult send(byte[] packet) {
        try {
            bus.send(packet, config.writeTimeout());
            status = DeviceStatus.READY;
            return BoardResult.sent(status);
        } catch (IOException | RuntimeException e) {
            status = DeviceStatus.OFFLINE;
            return BoardResult.failed(status, describe() + ": " + e.getMessage());
        }
    }
}
