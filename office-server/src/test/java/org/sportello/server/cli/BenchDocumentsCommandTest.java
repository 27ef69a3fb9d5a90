package org.sportello.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchDocumentsCommandTest {
    @TempDir
    Path dir;

    @Test
    void aShortRunWritesItsSectionAndKeepsTheOthers() throws Exception {
        Path out = dir.resolve("benchmarks.md");
        Files.writeString(out, "# Benchmarks\n\n## Queue\n\nqueue figures stay\n", StandardCharsets.UTF_8);
        CliRun.Result r = new CliRun(dir).run("bench", "documents", "--warmup", "1", "--certificates", "3",
                "--pages", "2", "--out", out.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();

        String md = Files.readString(out);
        assertThat(md).contains("## Queue\n\nqueue figures stay", "## Documents", "| issue one certificate (warm) | 3 |",
                "Machine: ", "2 of 2 filed");
        Matcher rate = Pattern.compile("\\*\\*([\\d,.]+) pages/s\\*\\*").matcher(md);
        assertThat(rate.find()).as(md).isTrue();
        assertThat(Double.parseDouble(rate.group(1).replace(",", ""))).isPositive();
    }

    @Test
    void rejectsNonsenseSizes() {
        CliRun.Result r = new CliRun(dir).run("bench", "documents", "--certificates", "0", "--out",
                dir.resolve("x.md").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(dir.resolve("x.md")).doesNotExist();
    }
}
