package org.sportello.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grpc.ManagedChannel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.stamps.Stamp;
import org.sportello.model.stamps.StampReceipt;
import org.sportello.model.stamps.StampRequest;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.client.RemoteAuth;
import org.sportello.protocol.client.RemoteCases;
import org.sportello.protocol.client.RemoteStamps;
import org.sportello.protocol.station.OfficeAddress;
import org.sportello.protocol.station.OfficeChannels;
import org.sportello.protocol.station.StationIdentity;
import org.sportello.protocol.station.StationJoin;
import org.sportello.server.OfficeApis;
import org.sportello.server.OfficeServer;
import org.sportello.server.dossier.OfficeDossiers;
import org.sportello.server.storage.OfficeDatabase;
import org.sportello.server.testing.TestOffice;

/**
 * Stamping over the real office protocol (mutual TLS on loopback, ADR 23, 35): an enrolled kiosk stamps, a desk
 * may not stamp but reads the stamps in the case, {@code sportello stamp --cf} works as the kiosk through the
 * server, and the file lists the stamps ({@code dossier show --json}).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class StampOverProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void anEnrolledKioskStampsADeskReadsAndTheCommandStampsAsTheKiosk() throws Exception {
        LocalDate today = LocalDate.now();
        CodiceFiscale anna = CodiceFiscale.of("NREANN85T50A944" + CodiceFiscale.checkCharacter("NREANN85T50A944"),
                today);
        String stranger = "BNCLGU70A01F205" + CodiceFiscale.checkCharacter("BNCLGU70A01F205");
        Path data = dir.resolve("data");
        try (TestOffice office = TestOffice.embedded(data)) {
            new OfficeDossiers(office.connection().database().dataSource(), java.time.Clock.systemUTC())
                    .register(anna, "Neri", "Anna", "Bologna", today.minusYears(1));
        }
        Path kiosk = dir.resolve("kiosk");
        Path desk = dir.resolve("desk");
        try (OfficeServer server = OfficeServer.start(OfficeServer.Options.loopback(data), OfficeApis::on)) {
            join(server, "ingresso-1", StationRole.KIOSK, kiosk);
            join(server, "sportello-1", StationRole.DESK, desk);
            ManagedChannel kioskChannel = OfficeChannels.open(server.address(), StationIdentity.load(kiosk));
            ManagedChannel deskChannel = OfficeChannels.open(server.address(), StationIdentity.load(desk));
            try {
                RemoteStamps atKiosk = new RemoteStamps(kioskChannel);
                StampReceipt first = atKiosk.stamp(new StampRequest(anna.code(), today.plusYears(3)));
                StampReceipt again = atKiosk.stamp(new StampRequest(anna.code(), null));

                assertThat(first.repeated()).isFalse();
                assertThat(first.stamp().station()).isEqualTo("ingresso-1");
                assertThat(first.officeName()).startsWith("Centro per l'Impiego");
                assertThat(first.seal().number()).isEqualTo(first.stamp().number());
                assertThat(again.repeated()).isTrue();
                assertThat(again.stamp().number()).isEqualTo(first.stamp().number());
                assertProblem(() -> atKiosk.stamp(new StampRequest(stranger, null)), Problem.STAMP_CITIZEN_UNKNOWN);
                assertProblem(() -> atKiosk.stamp(new StampRequest(anna.code(), today.minusDays(1))),
                        Problem.STAMP_CARD_EXPIRED);
                assertProblem(() -> atKiosk.stamp(new StampRequest("NOT A CODE", null)), Problem.INVALID_TAX_CODE);
                // A kiosk has no business reading a citizen's stamps.
                assertProblem(() -> atKiosk.of(new OperatorSession(null, "x", "x", null, "stolen"), anna),
                        Problem.STATION_NOT_ALLOWED);

                RemoteStamps atDesk = new RemoteStamps(deskChannel);
                assertProblem(() -> atDesk.stamp(new StampRequest(anna.code(), null)), Problem.STATION_NOT_ALLOWED);
                OperatorSession mrossi = new RemoteAuth(deskChannel).login("mrossi", TestOffice.PASSWORD.toCharArray());
                List<Stamp> listed = atDesk.of(mrossi, anna);
                assertThat(listed).singleElement().satisfies(s -> {
                    assertThat(s.number()).isEqualTo(first.stamp().number());
                    assertThat(s.taxCode()).isEqualTo(anna.canonical());
                    assertThat(s.station()).isEqualTo("ingresso-1");
                });
                assertThat(new RemoteCases(deskChannel).view(mrossi, anna).stamps()).isEqualTo(listed);
            } finally {
                kioskChannel.shutdownNow();
                deskChannel.shutdownNow();
            }

            CliRun workstation = new CliRun(dir.resolve("elsewhere"));
            CliRun.Result stamped = workstation.run("stamp", "--cf", anna.code(), "--lang", "en", "--office",
                    server.address(), "--identity", kiosk.toString());
            assertThat(stamped.exitCode()).as(stamped.toString()).isZero();
            assertThat(stamped.out()).contains("Already stamped today at").contains("No second stamp.")
                    .contains("Station: ingresso-1.");
            CliRun.Result fromDesk = workstation.run("stamp", "--cf", anna.code(), "--lang", "it", "--office",
                    server.address(), "--identity", desk.toString());
            assertThat(fromDesk.exitCode()).as(fromDesk.toString()).isEqualTo(ExitCode.REFUSED.code());
            CliRun.Result unknown = workstation.run("stamp", "--cf", stranger, "--lang", "it", "--office",
                    server.address(), "--identity", kiosk.toString());
            assertThat(unknown.exitCode()).as(unknown.toString()).isEqualTo(ExitCode.REFUSED.code());
            // Refusals speak the machine's language (English here), as every command's do.
            assertThat(unknown.err()).contains("This office has no file for you");
        }

        CliRun.Result shown = new CliRun(dir.resolve("admin")).env(CliEnvironment.USER_VARIABLE, "mrossi")
                .env(CliEnvironment.PASSWORD_VARIABLE, TestOffice.PASSWORD).run("dossier", "show", anna.code(), "--json", "--db",
                OfficeDatabase.fileUrl(data));
        assertThat(shown.exitCode()).as(shown.toString()).isZero();
        JsonNode stamps = JSON.readTree(shown.out()).get("stamps");
        assertThat(stamps).singleElement().satisfies(s -> {
            assertThat(s.get("station").asText()).isEqualTo("ingresso-1");
            assertThat(s.get("number").asText()).matches("BO01-\\d{4}-\\d{6}");
        });
    }

    private static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Problem problem) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SportelloException.class,
                e -> assertThat(e.problem()).isEqualTo(problem));
    }

    private static void join(OfficeServer server, String name, StationRole role, Path folder) {
        String code = server.stations().enrol(name, role).code();
        StationJoin.join(OfficeAddress.parse(server.address()), server.enrolmentPort(), code, folder);
    }
}
