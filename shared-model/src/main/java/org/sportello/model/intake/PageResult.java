package org.sportello.model.intake;

import java.util.Optional;
import org.sportello.model.archive.ReadFrom;
import org.sportello.model.protocol.ProtocolNumber;
import org.sportello.model.seal.Verdict;

/**
 * What became of one scanned page. {@code page} counts from 1 inside {@code file}; {@code verdict} is
 * the check of the code that was read and {@code readFrom} which code it was; {@code detail} is the
 * technical remainder (a file's error, the text of a code that is not Sportello's), never shown alone.
 */
public record PageResult(String file, int page, Status status, Optional<Verdict> verdict,
                         Optional<ReadFrom> readFrom, String detail) {

    public enum Status {
        /** Filed under its entry now. */
        ATTACHED,
        /** The same page of the same file was filed before (the folder was taken in again). */
        ALREADY_ATTACHED,
        /** Neither code could be read: rescan it, or file it by hand. */
        UNREADABLE,
        /** A code was read but the page is not filed: altered, unknown number, or another office's paper. */
        NOT_FILED,
        /** The file itself could not be opened (damaged, not an image or PDF). */
        FILE_ERROR;

        public boolean filed() {
            return this == ATTACHED || this == ALREADY_ATTACHED;
        }
    }

    public boolean filed() {
        return status.filed();
    }

    public Optional<ProtocolNumber> number() {
        return verdict.flatMap(Verdict::number);
    }
}
