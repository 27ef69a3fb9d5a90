package org.sportello.server.central;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sportello.server.storage.OfficeDatabase;

/**
 * The newest office schema version this build ships: the highest major number among the office's
 * Flyway files ({@code V7__….sql} → 7, {@code V4_1__….sql} → 4), as {@code OfficeIdentity} reads an
 * office database's version. Central accepts offices up to it after {@code central init}, so an office
 * migration that does not touch what the sync moves needs no central migration of its own.
 */
public final class ShippedOfficeSchema {
    private static final Pattern FILE = Pattern.compile("V(\\d+)(?:[._]\\d+)*__.*\\.sql");

    private ShippedOfficeSchema() {
    }

    public static int version() {
        try {
            URI uri = OfficeDatabase.class.getResource("/db/migration").toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return highest(jar.getPath("/db/migration"));
                }
            }
            return highest(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the office migrations: " + e.getMessage(), e);
        }
    }

    private static int highest(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> FILE.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max()
                    .orElseThrow(() -> new IllegalStateException("no office migrations on the class path"));
        }
    }
}
