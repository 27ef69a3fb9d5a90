package org.sportello.model.archive;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.protocol.DocumentDigest;
import org.sportello.model.protocol.DocumentHash;
import org.sportello.model.protocol.ProtocolEntry;
import org.sportello.model.protocol.ProtocolNumber;
import org.sportello.model.protocol.ProtocolRequest;

/**
 * The office's archive of issued documents and scanned pages (ADR 15). Bytes are kept by SHA-256, so
 * the same file attached many times is stored once; nothing here is ever deleted.
 */
public interface DocumentArchive {
    /**
     * Registers a protocol entry and archives the PDF it is printed as, in one transaction: a number
     * never exists without its copy. {@code render} may run more than once (a retried transaction) and
     * must give the same bytes for the same entry; the seal is archived with the PDF, so a duplicate
     * carries the very same one.
     */
    ArchivedDocument register(OperatorSession session, ProtocolRequest request, DocumentDigest digest,
                              Function<ProtocolEntry, SealedPdf> render);

    /** The archived PDF of an entry of this office, with its entry; empty when it has none. */
    Optional<ArchivedDocument> find(ProtocolNumber number);

    /** Records that a duplicate was handed out; {@code copy} is the hash of the marked copy's bytes. */
    Reprint recordReprint(OperatorSession session, ProtocolNumber number, DocumentHash copy);

    List<Reprint> reprints(ProtocolNumber number);

    /**
     * Attaches one page of a scanned file to an entry. Empty when that page of that file is already
     * attached to it (the same folder taken in twice).
     */
    Optional<AttachedPage> attach(OperatorSession session, ProtocolNumber number, ScannedFile file, int pageNumber,
                                  ReadFrom readFrom);

    List<AttachedPage> pages(ProtocolNumber number);

    /** A stored file's bytes, e.g. a scanned page to show. */
    Optional<byte[]> content(DocumentHash sha256);
}
