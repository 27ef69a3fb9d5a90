package org.sportello.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkReportTest {
    @TempDir
    Path dir;

    @Test
    void createsTheFileWithAHeaderWhenMissing() throws Exception {
        Path file = dir.resolve("docs").resolve("benchmarks.md");
        BenchmarkReport.writeSection(file, "## Queue", "## Queue\n\nfirst run\n");
        String text = Files.readString(file);
        assertThat(text).startsWith("# Benchmarks").contains("## Queue\n\nfirst run\n");
    }

    @Test
    void replacesOnlyItsOwnSection() throws Exception {
        Path file = dir.resolve("benchmarks.md");
        Files.writeString(file, """
                # Benchmarks

                ## Printing

                printer figures

                ## Queue

                old queue figures
                | old | table |

                ## Queue notes

                hand-written analysis
                """, StandardCharsets.UTF_8);
        BenchmarkReport.writeSection(file, "## Queue", "## Queue\n\nnew queue figures\n");
        String text = Files.readString(file);
        assertThat(text).contains("## Printing\n\nprinter figures", "## Queue\n\nnew queue figures\n\n## Queue notes",
                "hand-written analysis").doesNotContain("old queue figures", "| old |");
    }

    @Test
    void appendsWhenTheSectionIsNew() throws Exception {
        Path file = dir.resolve("benchmarks.md");
        Files.writeString(file, "# Benchmarks\n\n## Printing\n\nprinter figures\n", StandardCharsets.UTF_8);
        BenchmarkReport.writeSection(file, "## Queue", "## Queue\n\nqueue figures");
        assertThat(Files.readString(file)).isEqualTo(
                "# Benchmarks\n\n## Printing\n\nprinter figures\n\n## Queue\n\nqueue figures\n");
    }
}
