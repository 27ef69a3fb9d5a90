package org.sportello.model.persistence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;

/**
 * Bytes for {@link QueueCall} and {@link QueueReply}. Java serialization of the model's own records,
 * read back through an allow-list: only the model's classes and the JDK value types they are made of
 * may be created, so crafted bytes cannot instantiate anything else.
 */
final class QueueWire {
    private static final ObjectInputFilter ALLOWED = ObjectInputFilter.Config.createFilter(
            "maxdepth=12;maxrefs=100000;maxbytes=16777216;"
                    + "org.sportello.model.**;java.time.*;java.util.*;java.lang.*;java.io.Serializable;!*");

    private QueueWire() {
    }

    static byte[] write(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + value.getClass().getSimpleName(), e);
        }
        return bytes.toByteArray();
    }

    static <T> T read(byte[] bytes, Class<T> type) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(ALLOWED);
            return type.cast(in.readObject());
        } catch (InvalidClassException e) {
            throw new IllegalArgumentException("refused queue message: " + e.getMessage(), e);
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new IllegalArgumentException("unreadable queue message", e);
        }
    }
}
