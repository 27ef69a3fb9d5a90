package org.sportello.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.ManagedChannel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sportello.kiosk.printer.VirtualTicketPrinter;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The benchmark's drive of the terminal (issue 12): over a real terminal screen and the offers server the
 * screen tests use, every search of the list is typed, answered and shown, an offer's page opens every fifth
 * search, and the memory it reports is what the memory reader gave.
 */
@ExtendWith(ApplicationExtension.class)
class SearchDriveTest {
    FixedOffersServer server;
    ManagedChannel channel;
    TerminalViewModel vm;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        server = FixedOffersServer.start(SelfServiceScreenTest.TODAY);
        channel = server.channel();
        TerminalSettings settings = TerminalSettings.defaults().withClock(SelfServiceScreenTest.CLOCK)
                .withIdle(Duration.ofMinutes(5), Duration.ofSeconds(4));
        vm = SelfServiceApp.start(stage, new org.sportello.protocol.client.RemoteOffers(channel), () -> "Centro per l'impiego",
                VirtualTicketPrinter.create().printer(), false, settings, null);
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(stage::hide);
        channel.shutdownNow();
        server.close();
    }

    @Test
    void everySearchIsTypedAnsweredAndMeasured() throws Exception {
        List<SearchDrive.Query> queries = List.of(SearchDrive.Query.parse("magazziniere\t\t0"),
                SearchDrive.Query.parse("cuoco\tBologna\t25"), SearchDrive.Query.parse("l'addetta\t\t"),
                SearchDrive.Query.parse("oss\tImola\t10"), SearchDrive.Query.parse("impiegata\t\t0"),
                SearchDrive.Query.parse("\t\t0"));
        AtomicLong reads = new AtomicLong();
        // Memory that grows by 1 MB a read: the report must carry the first, last and largest reading.
        org.sportello.ui.drive.ProcessMemory memory = new org.sportello.ui.drive.ProcessMemory(() -> 100_000 + 1024 * reads.getAndIncrement(), () -> 999_999);

        SearchDrive.Report r = new SearchDrive(vm, Platform::runLater, memory).drive(queries, 3);

        assertThat(r.searches()).isEqualTo(6);
        assertThat(r.answered()).as("each search and its chip answered").isEqualTo(12);
        assertThat(r.mostHits()).isPositive();
        assertThat(r.offerPages()).isEqualTo(1);
        assertThat(r.rssFirstKb()).isEqualTo(100_000);
        assertThat(r.rssLastKb()).isEqualTo(100_000 + 6 * 1024);
        assertThat(r.rssMaxKb()).isEqualTo(r.rssLastKb());
        assertThat(r.rssPeakKb()).isEqualTo(999_999);
        assertThat(r.heapLiveMb()).isPositive();
        assertThat(r.line()).contains("searches=6 answered=12").contains("rss-peak-kb=999999");
        // What was typed last is in the terminal's fields, as keys on its keyboard put it there.
        assertThat(vm.search().whatProperty().get()).isEmpty();
        assertThat(vm.search().whereProperty().get()).isEmpty();

        // No offer's id in a CSS id or class: JavaFX caches styles per id for the scene's life, and a big
        // catalogue's ids grew the terminal's heap with every search. The rows carry their offer otherwise.
        List<String> shown = vm.search().hits().stream().map(org.sportello.model.offers.OfferHit::id).toList();
        assertThat(shown).isNotEmpty();
        List<javafx.scene.Node> nodes = new java.util.ArrayList<>();
        robotInteract(() -> collect(stage.getScene().getRoot(), nodes));
        assertThat(nodes).filteredOn(n -> shown.contains(n.getProperties().get(SearchView.OFFER)))
                .as("rows carrying their offer").isNotEmpty();
        for (javafx.scene.Node n : nodes) {
            String css = n.getId() + " " + n.getStyleClass();
            assertThat(shown).as(css).noneMatch(css::contains);
        }
    }

    private static void robotInteract(Runnable r) throws Exception {
        java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> {
            r.run();
            done.complete(null);
        });
        done.get(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    private static void collect(javafx.scene.Node n, List<javafx.scene.Node> into) {
        into.add(n);
        if (n instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, into));
        }
    }

    @Test
    void theProcessMemoryReaderReadsTheKernelsFigures() {
        org.sportello.ui.drive.ProcessMemory m = org.sportello.ui.drive.ProcessMemory.ofThisProcess();
        long rss = m.residentKb().getAsLong();
        assertThat(rss).as("VmRSS of this JVM").isGreaterThan(10_000);
        assertThat(m.peakKb().getAsLong()).isGreaterThanOrEqualTo(rss);
    }
}
