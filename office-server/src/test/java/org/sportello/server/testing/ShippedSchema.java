package org.sportello.server.testing;

import java.util.UUID;
import org.sportello.server.storage.OfficeDatabase;

/**
 * The newest office migration this build ships ("11.6"), as Flyway reads it from the migrations
 * themselves: tests that check a message naming the schema stay right when a migration is added.
 */
public final class ShippedSchema {
    private ShippedSchema() {
    }

    public static String version() {
        try (OfficeDatabase empty = OfficeDatabase.open("jdbc:h2:mem:shipped-" + UUID.randomUUID())) {
            return empty.schema().shipped();
        }
    }
}
