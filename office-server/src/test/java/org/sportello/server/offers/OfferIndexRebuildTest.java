package org.sportello.server.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.server.offers.Offers.BOLOGNA;
import static org.sportello.server.offers.Offers.offer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.offers.ContractType;
import org.sportello.model.offers.JobOffer;
import org.sportello.model.offers.OfferHours;
import org.sportello.server.storage.OfficeDatabase;
import org.sportello.server.testing.TestOffice;
import org.sportello.model.offers.OfferQuery;

/** The index is only ever derived from the table: lost, damaged or left behind, it is made again. */
class OfferIndexRebuildTest {
    @TempDir
    Path dir;

    private static List<JobOffer> catalogue(int n) {
        List<JobOffer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(offer("o-" + i, i % 2 == 0 ? "Magazziniere" : "Cuoco", "", BOLOGNA, ContractType.PERMANENT,
                    OfferHours.FULL));
        }
        return out;
    }

    private int searchAfterRestart() {
        try (var connection = org.sportello.server.storage.OfficeConnection.open(
                OfficeDatabase.open(OfficeDatabase.fileUrl(dir)), new org.sportello.model.testing.MutableClock(TestOffice.TUESDAY_MORNING.atZone(TestOffice.ROME).toInstant()))) {
            return connection.offers().search(OfferQuery.text("magazzinieri")).total();
        }
    }

    @Test
    void theIndexLivesInTheDataFolder() {
        try (TestOffice office = TestOffice.embedded(dir)) {
            office.connection().offers().putAll(catalogue(10));
        }
        assertThat(dir.resolve(OfficeOffers.INDEX_FOLDER)).isDirectoryContaining(p -> p.getFileName().toString()
                .startsWith("segments_"));
        assertThat(searchAfterRestart()).isEqualTo(5);
    }

    @Test
    void aDeletedIndexIsRebuiltFromTheDatabase() throws IOException {
        try (TestOffice office = TestOffice.embedded(dir)) {
            office.connection().offers().putAll(catalogue(10));
        }
        deleteTree(dir.resolve(OfficeOffers.INDEX_FOLDER));
        assertThat(searchAfterRestart()).isEqualTo(5);
        assertThat(dir.resolve(OfficeOffers.INDEX_FOLDER)).isNotEmptyDirectory();
    }

    @Test
    void aCorruptIndexIsRebuiltFromTheDatabase() throws IOException {
        try (TestOffice office = TestOffice.embedded(dir)) {
            office.connection().offers().putAll(catalogue(10));
        }
        try (Stream<Path> files = Files.list(dir.resolve(OfficeOffers.INDEX_FOLDER))) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().equals("write.lock")) {
                    Files.write(f, "not an index".getBytes());
                }
            }
        }
        assertThat(searchAfterRestart()).isEqualTo(5);
    }

    @Test
    void anIndexBehindTheTableIsRebuilt() throws IOException {
        try (TestOffice office = TestOffice.embedded(dir)) {
            office.connection().offers().putAll(catalogue(10));
        }
        Path saved = dir.resolve("saved-index");
        copyTree(dir.resolve(OfficeOffers.INDEX_FOLDER), saved);
        try (TestOffice office = TestOffice.embedded(dir)) {
            office.connection().offers().putAll(catalogue(20));
        }
        // An old copy of the index put back (a restored folder): the table has 20 offers, the copy 10.
        deleteTree(dir.resolve(OfficeOffers.INDEX_FOLDER));
        copyTree(saved, dir.resolve(OfficeOffers.INDEX_FOLDER));
        assertThat(searchAfterRestart()).isEqualTo(10);
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> files = Files.walk(p)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().equals("write.lock")) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
    }
}
