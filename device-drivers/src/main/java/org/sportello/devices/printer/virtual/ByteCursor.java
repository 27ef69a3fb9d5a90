package org.sportello.devices.printer.virtual;

/**
 * Reads a received byte stream one command at a time. Commands may be split across writes (a
 * serial port delivers whatever is in its buffer), so running past the end is not an error: it
 * throws {@link NeedMoreBytes} and the interpreter waits for the rest.
 */
final class ByteCursor {
    /** Thrown when a command is incomplete; shared and stackless since it is control flow. */
    static final class NeedMoreBytes extends Exception {
        static final NeedMoreBytes INSTANCE = new NeedMoreBytes();

        private NeedMoreBytes() {
            super("incomplete command", null, false, false);
        }
    }

    private final byte[] bytes;
    private int position;

    ByteCursor(byte[] bytes) {
        this.bytes = bytes;
    }

    boolean hasMore() {
        return position < bytes.length;
    }

    int position() {
        return position;
    }

    int u8() throws NeedMoreBytes {
        if (position >= bytes.length) {
            throw NeedMoreBytes.INSTANCE;
        }
        return bytes[position++] & 0xFF;
    }

    /** Little-endian 16-bit value, as in the xL xH and pL pH parameters. */
    int u16() throws NeedMoreBytes {
        int low = u8();
        return low | (u8() << 8);
    }

    byte[] take(int count) throws NeedMoreBytes {
        if (count < 0 || bytes.length - position < count) {
            throw NeedMoreBytes.INSTANCE;
        }
        byte[] out = new byte[count];
        System.arraycopy(bytes, position, out, 0, count);
        position += count;
        return out;
    }

    void skip(int count) throws NeedMoreBytes {
        take(count);
    }
}
