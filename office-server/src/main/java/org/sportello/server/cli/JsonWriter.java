package org.sportello.server.cli;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes one JSON document (RFC 8259), compact. The CLI emits a handful of small documents, which
 * does not justify a JSON library on the server's classpath; tests read the output back with one.
 */
final class JsonWriter {
    private final StringBuilder out = new StringBuilder();
    /** Per open object or array: has it had an element yet? */
    private final Deque<Boolean> hasElements = new ArrayDeque<>();
    private boolean afterName;

    JsonWriter beginObject() {
        beforeValue();
        out.append('{');
        hasElements.push(false);
        return this;
    }

    JsonWriter endObject() {
        return close('}');
    }

    JsonWriter beginArray() {
        beforeValue();
        out.append('[');
        hasElements.push(false);
        return this;
    }

    JsonWriter endArray() {
        return close(']');
    }

    JsonWriter name(String name) {
        if (afterName || hasElements.isEmpty()) {
            throw new IllegalStateException("a name belongs inside an object, before its value");
        }
        beforeValue();
        string(name);
        out.append(':');
        afterName = true;
        return this;
    }

    JsonWriter value(String value) {
        beforeValue();
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
        return this;
    }

    JsonWriter value(long value) {
        beforeValue();
        out.append(value);
        return this;
    }

    /** A finite number; NaN and infinities have no JSON form and are written as null. */
    JsonWriter value(double value) {
        beforeValue();
        out.append(Double.isFinite(value) ? Double.toString(value) : "null");
        return this;
    }

    JsonWriter value(boolean value) {
        beforeValue();
        out.append(value);
        return this;
    }

    JsonWriter field(String name, String value) {
        return name(name).value(value);
    }

    JsonWriter field(String name, long value) {
        return name(name).value(value);
    }

    @Override
    public String toString() {
        if (!hasElements.isEmpty()) {
            throw new IllegalStateException("unclosed object or array");
        }
        return out.toString();
    }

    private JsonWriter close(char bracket) {
        if (hasElements.isEmpty() || afterName) {
            throw new IllegalStateException("nothing to close with " + bracket);
        }
        hasElements.pop();
        out.append(bracket);
        return this;
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (!hasElements.isEmpty()) {
            if (hasElements.peek()) {
                out.append(',');
            }
            hasElements.pop();
            hasElements.push(true);
        }
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
