package org.sportello.server.storage;

import static org.sportello.server.storage.schema.Tables.AVAILABILITY_DECLARATION;
import static org.sportello.server.storage.schema.Tables.JOB_MOVEMENT;
import static org.sportello.server.storage.schema.Tables.PERSON;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.sportello.model.common.UuidV7;
import org.sportello.model.person.AvailabilityDeclaration;
import org.sportello.model.person.JobMovement;
import org.sportello.model.person.PersonFile;
import org.sportello.codicefiscale.Sex;

/**
 * Writes sample person files (the demo office's citizens, test fixtures). Not the dossier service:
 * it records no dossier event and never changes a person that is already there, so running it again
 * on a live office cannot overwrite anyone's data.
 */
public final class JooqPersonSeed {
    private final Transactions tx;
    private final UUID officeId;
    private final Clock clock;

    public JooqPersonSeed(OfficeDatabase database, UUID officeId, Clock clock) {
        this.tx = new Transactions(database);
        this.officeId = officeId;
        this.clock = clock;
    }

    /** Adds the files whose codice fiscale is not in the office yet; returns how many it added. */
    public int add(List<PersonFile> files) {
        return tx.run(db -> {
            int added = 0;
            OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            for (PersonFile f : files) {
                String code = f.codiceFiscale().canonical();
                if (db.fetchExists(PERSON, PERSON.TAX_CODE.eq(code))) {
                    continue;
                }
                UUID id = UuidV7.next(clock);
                db.insertInto(PERSON)
                        .set(PERSON.ID, id)
                        .set(PERSON.OFFICE_ID, officeId)
                        .set(PERSON.TAX_CODE, code)
                        .set(PERSON.FAMILY_NAME, f.person().familyName())
                        .set(PERSON.GIVEN_NAMES, f.person().givenNames())
                        .set(PERSON.BIRTH_DATE, f.person().birthDate())
                        .set(PERSON.SEX, f.person().sex() == Sex.FEMALE ? "F" : "M")
                        .set(PERSON.BIRTH_PLACE_CODE, f.codiceFiscale().birthPlace())
                        .set(PERSON.BIRTH_PLACE_NAME, f.person().birthPlaceName())
                        .set(PERSON.REGISTERED_ON, f.registeredOn())
                        .set(PERSON.CREATED_AT, now)
                        .set(PERSON.UPDATED_AT, now)
                        .execute();
                for (AvailabilityDeclaration d : f.declarations()) {
                    db.insertInto(AVAILABILITY_DECLARATION)
                            .set(AVAILABILITY_DECLARATION.ID, UuidV7.next(clock))
                            .set(AVAILABILITY_DECLARATION.OFFICE_ID, officeId)
                            .set(AVAILABILITY_DECLARATION.PERSON_ID, id)
                            .set(AVAILABILITY_DECLARATION.DECLARED_ON, d.declaredOn())
                            .set(AVAILABILITY_DECLARATION.ENDED_ON, d.endedOn())
                            .execute();
                }
                for (JobMovement m : f.movements()) {
                    db.insertInto(JOB_MOVEMENT)
                            .set(JOB_MOVEMENT.ID, UuidV7.next(clock))
                            .set(JOB_MOVEMENT.OFFICE_ID, officeId)
                            .set(JOB_MOVEMENT.PERSON_ID, id)
                            .set(JOB_MOVEMENT.KIND, m.kind().name())
                            .set(JOB_MOVEMENT.EFFECTIVE_ON, m.effectiveOn())
                            .set(JOB_MOVEMENT.EMPLOYER_TAX_CODE, m.employerTaxCode())
                            .set(JOB_MOVEMENT.EMPLOYER_NAME, m.employerName())
                            .set(JOB_MOVEMENT.CONTRACT_TYPE, m.contractType())
                            .set(JOB_MOVEMENT.OCCUPATION, m.occupation())
                            .set(JOB_MOVEMENT.RECORDED_AT, now)
                            .execute();
                }
                added++;
            }
            return added;
        });
    }
}
