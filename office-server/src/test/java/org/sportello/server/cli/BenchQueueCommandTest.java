package org.sportello.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A smoke run of the benchmark over the office protocol (a real server, enrolled stations, TLS): the
 * real one is run by hand (see docs/benchmarks.md).
 */
class BenchQueueCommandTest {
    @TempDir
    Path dir;

    @Test
    void aShortRunWritesItsSectionAndKeepsTheOthers() throws Exception {
        Path out = dir.resolve("benchmarks.md");
        Files.writeString(out, "# Benchmarks\n\n## Printing\n\nprinter figures stay\n", StandardCharsets.UTF_8);
        CliRun.Result r = new CliRun(dir).run("bench", "queue", "--kiosks", "2", "--operators", "2", "--displays", "2",
                "--seconds", "2", "--warmup", "0", "--settle", "0", "--backlog", "5,40", "--out", out.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();

        String md = Files.readString(out);
        assertThat(md).contains("## Printing\n\nprinter figures stay", "## Queue", "2 kiosks, 2 desks and 2 hall displays",
                "6 stations in all", "### 5 tickets waiting", "### 40 tickets waiting", "### 40 waiting against 5",
                "| tap → ticket", "| call → every display", "Machine: ", "Where the CPU went", "office queue turns",
                "server call executor", "server Netty event loops");
        assertThat(md).contains("numbers per service exactly 1..n").contains("no ticket called twice");
        assertThat(md).contains("Errors: 0.");
        assertThat(md).as("every call reached both displays").contains(" 0 calls not seen by a display");
        Matcher cycles = Pattern.compile("Throughput: ([\\d,.]+) issue\\+call\\+finish cycles/s \\((\\d+) tickets")
                .matcher(md);
        assertThat(cycles.find()).as(md).isTrue();
        assertThat(Integer.parseInt(cycles.group(2))).as("tickets called and finished in 2 s").isPositive();
        Matcher issued = Pattern.compile("\\| tap → ticket[^|]*\\| (\\d+) \\|").matcher(md);
        assertThat(issued.find()).isTrue();
        assertThat(Integer.parseInt(issued.group(1))).as("issue samples").isPositive();
        assertThat(r.out()).contains("Written to " + out.toAbsolutePath());
        // Kiosks hold off at 40 waiting in the last window; each of the 2 may have had one tap on its way.
        Matcher waiting = Pattern.compile("(\\d+) tickets still waiting at the end").matcher(md);
        assertThat(waiting.find()).as(md).isTrue();
        assertThat(Integer.parseInt(waiting.group(1))).isLessThanOrEqualTo(40 + 2);
        assertThat(md).contains("--backlog 5 --backlog 40");
    }

    @Test
    void rejectsNonsenseSizes() {
        CliRun.Result r = new CliRun(dir).run("bench", "queue", "--kiosks", "0", "--out",
                dir.resolve("x.md").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(dir.resolve("x.md")).doesNotExist();
    }
}
