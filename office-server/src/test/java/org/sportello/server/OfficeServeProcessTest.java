package org.sportello.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.persistence.OfficeConnection;
import org.sportello.model.persistence.OfficeDatabase;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.Ticket;
import org.sportello.server.cli.SportelloCommand;

/**
 * {@code sportello office serve} as a real process: the first line is the URL, and a service stop
 * (SIGTERM, as systemd or Ctrl-C sends) leaves every committed ticket in the file.
 */
class OfficeServeProcessTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void firstLineIsTheUrlAndAStopKeepsCommittedTickets() throws Exception {
        Path data = dir.resolve("data");
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Process serve = new ProcessBuilder(javaBin.toString(), "-cp", System.getProperty("java.class.path"),
                SportelloCommand.class.getName(), "office", "serve", "--data", data.toString(), "--port", "0",
                "--no-remote")
                .redirectError(dir.resolve("serve.err").toFile())
                .start();
        List<String> codes = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(),
                StandardCharsets.UTF_8))) {
            String url = out.readLine();
            assertThat(url).as("first line").matches("jdbc:h2:tcp://localhost:\\d+/office");
            assertThat(out.readLine()).contains("only this machine may connect");

            int init = SportelloCommand.run(new String[] {"office", "init", "--demo", "--db", url},
                    new PrintWriter(Writer.nullWriter()), new PrintWriter(System.err, true));
            assertThat(init).isZero();
            try (OfficeConnection client = OfficeConnection.open(url)) {
                for (int i = 0; i < 5; i++) {
                    codes.add(client.queue().issue(new IssueRequest("B", PriorityClass.STANDARD, "it",
                            UUID.randomUUID().toString())).ticket().code());
                }
            }
            // Through the handle: Process.destroy() would also close our end of the pipe, and the
            // server's last words are part of what this test checks.
            serve.toHandle().destroy();
            assertThat(serve.waitFor(30, TimeUnit.SECONDS)).as("server stops on SIGTERM").isTrue();
            List<String> rest = out.lines().toList();
            assertThat(rest).anyMatch(l -> l.contains("Office server stopped"));
        } finally {
            serve.destroyForcibly();
        }
        assertThat(codes).containsExactly("B001", "B002", "B003", "B004", "B005");
        assertThat(Files.readString(dir.resolve("serve.err"))).doesNotContain("Exception");
        try (OfficeConnection reopened = OfficeConnection.open(OfficeDatabase.fileUrl(data))) {
            assertThat(reopened.queue().waiting()).extracting(Ticket::code).containsExactlyElementsOf(codes);
        }
    }
}
