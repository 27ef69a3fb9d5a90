package org.sportello.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Channel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.v1.CommunicationRequest;
import org.sportello.protocol.v1.CompanyCommunicationsGrpc;
import org.sportello.protocol.v1.ExperienceMsg;
import org.sportello.protocol.v1.ProfileMsg;
import org.sportello.protocol.v1.ProfileQuery;
import org.sportello.protocol.v1.ProfilesGrpc;
import org.sportello.protocol.v1.SaveProfileReply;
import org.sportello.protocol.v1.SaveProfileRequest;
import org.sportello.protocol.v1.SessionRef;

/** The Profiles and CompanyCommunications services over gRPC: field checks, the conflict answer, the stamp. */
class ProfilesApiTest {
    static final String CF = "VRDLCU78C15F257" + CodiceFiscale.checkCharacter("VRDLCU78C15F257");

    @TempDir
    static Path dir;
    static OfficeApiFixture office;
    static SessionRef desk;

    @BeforeAll
    static void start() {
        office = OfficeApiFixture.start(dir);
        desk = SessionRef.newBuilder().setToken(office.login(StationRole.DESK, "mrossi")).build();
    }

    @AfterAll
    static void stop() {
        office.close();
    }

    static ProfilesGrpc.ProfilesBlockingStub profiles() {
        Channel ch = office.as(StationRole.DESK);
        return ProfilesGrpc.newBlockingStub(ch).withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    static ProfileMsg.Builder luca() {
        return ProfileMsg.newBuilder().setCodiceFiscale(CF).setFamilyName("Verdi").setGivenNames("Luca");
    }

    @Test
    void aStaleSaveAnswersBothVersions() {
        SaveProfileReply first = profiles().save(SaveProfileRequest.newBuilder().setSession(desk)
                .setProfile(luca().setPhone("051 1")).build());
        assertThat(first.hasSaved()).isTrue();
        assertThat(first.getSaved().getProfile().getVersion()).isEqualTo(1);
        assertThat(first.getSaved().getProfile().getBirthDate()).isEqualTo("1978-03-15");

        SaveProfileReply stale = profiles().save(SaveProfileRequest.newBuilder().setSession(desk)
                .setProfile(luca().setPhone("051 2")).build());

        assertThat(stale.hasConflict()).isTrue();
        assertThat(stale.getConflict().getYours().getPhone()).isEqualTo("051 2");
        assertThat(stale.getConflict().getStored().getPhone()).isEqualTo("051 1");
        assertThat(stale.getConflict().getStored().getVersion()).isEqualTo(1);
        assertThat(profiles().open(ProfileQuery.newBuilder().setSession(desk).setCodiceFiscale(CF).build())
                .getFile().getProfile().getPhone()).isEqualTo("051 1");
    }

    @Test
    void malformedFieldsAreRefusedToTheSenderAlone() {
        for (ProfileMsg bad : new ProfileMsg[] {
                luca().setFamilyName("Verdi\u0007").build(),
                luca().setFamilyName("x".repeat(101)).build(),
                luca().setWorkingHours("ALWAYS").build(),
                luca().addExperience(ExperienceMsg.newBuilder().setEmployer("X").setFrom("24/11/2026")).build(),
                luca().addLicences("Z").build(),
                luca().setTravelKm(-1).build(),
                luca().setCodiceFiscale("VRDLCU78C15F25X").build()}) {
            assertThatThrownBy(() -> profiles().save(SaveProfileRequest.newBuilder().setSession(desk).setProfile(bad)
                    .build())).as(bad.toString())
                    .isInstanceOfSatisfying(StatusRuntimeException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
        }
    }

    @Test
    void aCompleteCommunicationIsRecordedAndStampedAnIncompleteOneIsRefusedByName() {
        var stub = CompanyCommunicationsGrpc.newBlockingStub(office.as(StationRole.DESK))
                .withDeadlineAfter(30, TimeUnit.SECONDS);
        CommunicationRequest.Builder hiring = CommunicationRequest.newBuilder().setSession(desk).setKind("HIRING")
                .setEmployerCode("01234567897").setEmployerName("Officine Felsinee S.r.l.")
                .setWorkerCode("RSSMRA85T10A944" + CodiceFiscale.checkCharacter("RSSMRA85T10A944"))
                .setWorkerFamilyName("Rossi").setWorkerGivenNames("Mario").setEventOn("2026-12-01")
                .setContractType("OPEN_ENDED").setOccupationCode("432").setPages(2);

        var check = stub.check(hiring.clone().setEmployerCode("01234567890").build());
        assertThat(check.getMissingList()).containsExactly("EMPLOYER_CODE");
        assertThatThrownBy(() -> stub.record(hiring.clone().setOccupationCode("").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(OfficeApiFixture.problem(e)).isEqualTo("COMMUNICATION_INCOMPLETE"));

        var recorded = stub.record(hiring.build());

        assertThat(recorded.getLateness().getLate()).isFalse();
        assertThat(recorded.getLateness().getDeadline()).isEqualTo("2026-11-30");
        assertThat(recorded.getStampedCopy().getEntry().getNumber()).startsWith("BO01-2026-");
        assertThat(recorded.getStampedCopy().getPdf().size()).isGreaterThan(1000);
    }
}
