package org.sportello.server.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs {@code sportello} in this JVM with a chosen environment and captures what it prints. */
final class CliRun {
    private final Path home;
    private final Map<String, String> variables = new HashMap<>();
    private String stdin = "";

    CliRun(Path home) {
        this.home = home;
    }

    CliRun env(String name, String value) {
        variables.put(name, value);
        return this;
    }

    CliRun stdin(String text) {
        this.stdin = text;
        return this;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment environment = new CliEnvironment(variables,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), home);
        long start = System.nanoTime();
        int code = SportelloCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true), environment);
        return new Result(code, out.toString(), err.toString(), (System.nanoTime() - start) / 1_000_000);
    }

    record Result(int exitCode, String out, String err, long millis) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }
}
