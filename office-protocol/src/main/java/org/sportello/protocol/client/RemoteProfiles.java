package org.sportello.protocol.client;

import io.grpc.Channel;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.profile.CitizenProfile;
import org.sportello.model.profile.PersonMatch;
import org.sportello.model.profile.ProfileFile;
import org.sportello.model.profile.ProfileService;
import org.sportello.model.profile.SaveOutcome;
import org.sportello.protocol.v1.ProfileFileReply;
import org.sportello.protocol.v1.ProfileQuery;
import org.sportello.protocol.v1.ProfileSearch;
import org.sportello.protocol.v1.ProfilesGrpc;
import org.sportello.protocol.v1.SaveProfileRequest;
import org.sportello.protocol.wire.Problems;
import org.sportello.protocol.wire.ProfileWire;

/** Citizens' files through the office server, which answers only an operator's session at a desk. */
public final class RemoteProfiles implements ProfileService {
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    private final ProfilesGrpc.ProfilesBlockingStub stub;

    public RemoteProfiles(Channel channel) {
        this.stub = ProfilesGrpc.newBlockingStub(Objects.requireNonNull(channel, "channel"));
    }

    @Override
    public Optional<ProfileFile> open(OperatorSession session, CodiceFiscale code) {
        ProfileQuery q = ProfileQuery.newBuilder().setSession(DocumentCalls.session(session))
                .setCodiceFiscale(code.code()).build();
        ProfileFileReply reply = call("profiles.open", s -> s.open(q));
        return reply.getFound() ? Optional.of(ProfileWire.fileFromMsg(reply.getFile())) : Optional.empty();
    }

    @Override
    public List<PersonMatch> search(OperatorSession session, String text, int limit) {
        ProfileSearch q = ProfileSearch.newBuilder().setSession(DocumentCalls.session(session))
                .setText(text == null ? "" : text).setLimit(limit).build();
        return call("profiles.search", s -> s.search(q)).getMatchesList().stream()
                .map(ProfileWire::matchFromMsg).toList();
    }

    @Override
    public SaveOutcome save(OperatorSession session, CitizenProfile edited) {
        SaveProfileRequest q = SaveProfileRequest.newBuilder().setSession(DocumentCalls.session(session))
                .setProfile(ProfileWire.toMsg(edited)).build();
        return ProfileWire.outcomeFromMsg(call("profiles.save", s -> s.save(q)));
    }

    private <T> T call(String what, Function<ProfilesGrpc.ProfilesBlockingStub, T> call) {
        try {
            return call.apply(stub.withDeadlineAfter(DEADLINE.toMillis(), TimeUnit.MILLISECONDS));
        } catch (StatusRuntimeException e) {
            throw Problems.fromStatus(e, what);
        }
    }
}
