package org.sportello.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.sportello.server.storage.OfficeDatabase;

/** How many Flyway migrations the model ships, so tests follow new migrations without edits. */
public final class MigrationFiles {
    private MigrationFiles() {
    }

    public static int count() {
        return count(OfficeDatabase.class, "/db/migration");
    }

    /** Central's migrations, shipped by the office server itself. */
    public static int centralCount() {
        return count(org.sportello.server.central.CentralSchema.class, "/db/central");
    }

    private static int count(Class<?> owner, String folder) {
        try {
            java.net.URI uri = owner.getResource(folder).toURI();
            if (uri.getScheme().equals("jar")) {
                // Inside the shared-model jar, as in a reactor build.
                try (java.nio.file.FileSystem jar = java.nio.file.FileSystems.newFileSystem(uri, java.util.Map.of())) {
                    return count(jar.getPath(folder));
                }
            }
            return count(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int count(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return (int) files.filter(f -> f.getFileName().toString().matches("V.*__.*\\.sql")).count();
        }
    }
}
