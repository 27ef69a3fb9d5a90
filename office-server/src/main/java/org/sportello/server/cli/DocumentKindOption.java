package org.sportello.server.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.sportello.model.documents.DocumentKind;

/** Reads {@code --kind} in its command-line spelling, with the list of kinds when it is wrong. */
final class DocumentKindOption {
    private DocumentKindOption() {
    }

    static DocumentKind parse(String text) {
        return DocumentKind.fromSlug(text).orElseThrow(() -> new CliFailure(ExitCode.USAGE,
                "unknown document kind \"" + text + "\"; one of: " + Arrays.stream(DocumentKind.values())
                        .map(DocumentKind::slug).collect(Collectors.joining(", "))));
    }
}
