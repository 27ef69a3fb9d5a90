package org.sportello.model.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sportello.model.documents.CodeReader;
import org.sportello.model.documents.ScannedCode;

/**
 * The codes on one scan someone handed in (e.g. a paper to verify), read within the same
 * {@link IntakeLimits} as the scan intake: no link followed, size, pixels and pages checked before
 * anything is decoded.
 */
public final class UntrustedScan {
    /** What was read: the codes, or the refusal when the file broke a limit. */
    public record Reading(List<ScannedCode> codes, Optional<RefusedFile> refused) {
        public String explainRefusal(Locale locale) {
            return refused.map(r -> r.explain(locale)).orElse("");
        }
    }

    private UntrustedScan() {
    }

    /** Throws IOException only for a file that cannot be read at all (missing, not an image or PDF). */
    public static Reading codes(Path file, IntakeLimits limits) throws IOException {
        String name = String.valueOf(file.getFileName());
        CodeReader reader = new CodeReader();
        Set<ScannedCode> found = new LinkedHashSet<>();
        try {
            byte[] bytes = ScanPages.read(file, name, limits);
            ScanPages.eachPage(name, bytes, limits, (n, page) -> found.addAll(reader.read(page)));
        } catch (FileRefusedException e) {
            return new Reading(List.of(), Optional.of(e.refusal()));
        }
        return new Reading(List.copyOf(found), Optional.empty());
    }
}
