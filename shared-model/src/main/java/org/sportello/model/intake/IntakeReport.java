package org.sportello.model.intake;

import java.time.Duration;
import java.util.List;

/**
 * Every page of one intake run, in folder order, the files refused unopened (over a limit, or links out
 * of the folder), and how long it took.
 */
public record IntakeReport(List<PageResult> pages, List<String> skippedFiles, List<RefusedFile> refusedFiles,
                           Duration elapsed) {
    public IntakeReport {
        pages = List.copyOf(pages);
        skippedFiles = List.copyOf(skippedFiles);
        refusedFiles = List.copyOf(refusedFiles);
    }

    public long count(PageResult.Status status) {
        return pages.stream().filter(p -> p.status() == status).count();
    }

    /** Pages a person has to look at: not filed for whatever reason. */
    public List<PageResult> problems() {
        return pages.stream().filter(p -> !p.filed()).toList();
    }

    /** Every page filed and no file refused: nothing left for a person to look at. */
    public boolean allFiled() {
        return problems().isEmpty() && refusedFiles.isEmpty();
    }
}
