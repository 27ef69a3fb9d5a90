package org.sportello.server.storage;

import static org.sportello.server.storage.schema.Tables.AVAILABILITY_DECLARATION;
import static org.sportello.server.storage.schema.Tables.JOB_MOVEMENT;
import static org.sportello.server.storage.schema.Tables.PERSON;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.auth.Role;
import org.sportello.model.person.AvailabilityDeclaration;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.person.JobMovement;
import org.sportello.model.person.Person;
import org.sportello.model.person.PersonFile;
import org.sportello.model.person.PersonRecords;
import org.sportello.server.storage.schema.tables.records.PersonRecord;

/** The person tables of V2 (and the dossier work's rows in them), read for certificates. */
public final class JooqPersonRecords implements PersonRecords {
    private final Transactions tx;
    private final ZoneId zone;
    private final Clock clock;

    public JooqPersonRecords(OfficeDatabase database, ZoneId zone, Clock clock) {
        this.tx = new Transactions(database);
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public Optional<PersonFile> find(OperatorSession session, CodiceFiscale code) {
        session.require(Role.OPERATOR, "read a person's data");
        return tx.run(db -> {
            PersonRecord p = db.selectFrom(PERSON).where(PERSON.TAX_CODE.eq(code.canonical())).fetchOne();
            if (p == null) {
                return Optional.empty();
            }
            List<AvailabilityDeclaration> declarations = db.selectFrom(AVAILABILITY_DECLARATION)
                    .where(AVAILABILITY_DECLARATION.PERSON_ID.eq(p.getId()))
                    .fetch(r -> new AvailabilityDeclaration(r.getDeclaredOn(), r.getEndedOn()));
            List<JobMovement> movements = db.selectFrom(JOB_MOVEMENT)
                    .where(JOB_MOVEMENT.PERSON_ID.eq(p.getId()))
                    .orderBy(JOB_MOVEMENT.EFFECTIVE_ON, JOB_MOVEMENT.RECORDED_AT)
                    .fetch(r -> new JobMovement(JobMovement.Kind.valueOf(r.getKind()), r.getEffectiveOn(),
                            r.getEmployerTaxCode(), r.getEmployerName(), r.getContractType(), r.getOccupation()));
            // The stored code is canonical and was valid when written; decoding it again gives the same person.
            CodiceFiscale stored = CodiceFiscale.of(p.getTaxCode(), LocalDate.now(clock.withZone(zone)));
            Person person = new Person(stored, p.getFamilyName(), p.getGivenNames(), p.getBirthPlaceName());
            return Optional.of(new PersonFile(person, p.getRegisteredOn(), declarations, movements));
        });
    }

    @Override
    public Optional<String> companyName(OperatorSession session, String taxCode) {
        session.require(Role.OPERATOR, "read a company's data");
        return tx.run(db -> db.select(JOB_MOVEMENT.EMPLOYER_NAME).from(JOB_MOVEMENT)
                .where(JOB_MOVEMENT.EMPLOYER_TAX_CODE.eq(taxCode.strip().toUpperCase(java.util.Locale.ROOT)))
                .orderBy(JOB_MOVEMENT.RECORDED_AT.desc(), JOB_MOVEMENT.EFFECTIVE_ON.desc())
                .limit(1)
                .fetchOptional(JOB_MOVEMENT.EMPLOYER_NAME));
    }
}
