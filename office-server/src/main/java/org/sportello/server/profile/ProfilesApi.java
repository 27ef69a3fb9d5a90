package org.sportello.server.profile;

import io.grpc.stub.StreamObserver;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.profile.ProfileService;
import org.sportello.protocol.v1.ProfileFileReply;
import org.sportello.protocol.v1.ProfileMatches;
import org.sportello.protocol.v1.ProfileQuery;
import org.sportello.protocol.v1.ProfileSearch;
import org.sportello.protocol.v1.ProfilesGrpc;
import org.sportello.protocol.v1.SaveProfileReply;
import org.sportello.protocol.v1.SaveProfileRequest;
import org.sportello.protocol.wire.ProfileWire;
import org.sportello.server.api.DeskOperator;
import org.sportello.server.api.Calls;
import org.sportello.server.session.OperatorSessions;

/**
 * The Profiles service: citizens' files for desks (and the server's own admin station) with an
 * operator's session on that station; kiosks, hall displays and self-service stations are refused
 * whatever they send. Fields are checked ({@link FieldChecks}) before the model sees them.
 */
public final class ProfilesApi extends ProfilesGrpc.ProfilesImplBase {

    private final ProfileService profiles;
    private final OperatorSessions sessions;
    private final ZoneId zone;
    private final Clock clock;

    public ProfilesApi(ProfileService profiles, OperatorSessions sessions, ZoneId zone, Clock clock) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public void open(ProfileQuery request, StreamObserver<ProfileFileReply> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("read citizens' files", request.getSession().getToken());
            CodiceFiscale code = CodiceFiscale.of(FieldChecks.code(request.getCodiceFiscale(), "codice_fiscale"),
                    today());
            return profiles.open(operator, code)
                    .map(f -> ProfileFileReply.newBuilder().setFound(true).setFile(ProfileWire.toMsg(f)).build())
                    .orElseGet(() -> ProfileFileReply.newBuilder().setFound(false).build());
        });
    }

    @Override
    public void search(ProfileSearch request, StreamObserver<ProfileMatches> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("search citizens' files", request.getSession().getToken());
            String text = FieldChecks.search(request.getText());
            int limit = FieldChecks.limit(request.getLimit());
            ProfileMatches.Builder b = ProfileMatches.newBuilder();
            profiles.search(operator, text, limit).forEach(m -> b.addMatches(ProfileWire.toMsg(m)));
            return b.build();
        });
    }

    @Override
    public void save(SaveProfileRequest request, StreamObserver<SaveProfileReply> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("change citizens' files", request.getSession().getToken());
            var edited = ProfileWire.profileFromMsg(FieldChecks.profile(request.getProfile()));
            return ProfileWire.toMsg(profiles.save(operator, edited));
        });
    }

    /** The station first (its certificate), then the operator's session on that station. */
    private OperatorSession operator(String action, String token) {
        return DeskOperator.require(sessions, action, token);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
