package org.sportello.protocol.client;

import io.grpc.Channel;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.sportello.model.auth.OperatorSession;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.person.PersonFile;
import org.sportello.model.person.PersonRecords;
import org.sportello.protocol.v1.CompanyNameReply;
import org.sportello.protocol.v1.PersonQuery;
import org.sportello.protocol.wire.DocumentWire;

/** The office's person files through the office server; the server answers only an operator's session. */
public final class RemotePeople implements PersonRecords {
    private final DocumentCalls calls;
    private final ZoneId zone;
    private final Clock clock;

    /**
     * @param zone  the office's time zone
     * @param clock dates the codice fiscale's two-digit birth year as the desk reads codes everywhere
     */
    public RemotePeople(Channel channel, ZoneId zone, Clock clock) {
        this.calls = new DocumentCalls(channel, DocumentCalls.LOOK_UPS);
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public Optional<PersonFile> find(OperatorSession session, CodiceFiscale code) {
        PersonQuery query = PersonQuery.newBuilder()
                .setSession(DocumentCalls.session(session))
                .setCode(code.code())
                .build();
        return DocumentWire.personFromMsg(calls.call("documents.findPerson", s -> s.findPerson(query)),
                LocalDate.ofInstant(clock.instant(), zone));
    }

    @Override
    public Optional<String> companyName(OperatorSession session, String taxCode) {
        PersonQuery query = PersonQuery.newBuilder()
                .setSession(DocumentCalls.session(session))
                .setCode(taxCode == null ? "" : taxCode)
                .build();
        CompanyNameReply reply = calls.call("documents.companyName", s -> s.companyName(query));
        return reply.getFound() ? Optional.of(reply.getName()) : Optional.empty();
    }
}
