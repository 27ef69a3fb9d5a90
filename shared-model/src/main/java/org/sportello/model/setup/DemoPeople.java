package org.sportello.model.setup;

import java.time.LocalDate;
import java.util.List;
import org.sportello.model.person.AvailabilityDeclaration;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.person.JobMovement;
import org.sportello.model.person.Person;
import org.sportello.model.person.PersonFile;

/**
 * The demo office's citizens, so a desk can issue every kind of certificate from real office data
 * (and show what happens when data is missing). Dates are relative to the day the demo starts.
 */
public final class DemoPeople {
    /**
     * Registered, out of work since a termination seven months ago, DID in force, four job movements; in the demo
     * office also a case manager (mrossi), a service pact and an overdue talk ({@code DemoCaseSeed}).
     */
    public static final String MARIO_ROSSI = code("RSSMRA85T10A944");
    /** Registered a month ago, no DID: certificates state what the register shows, never unemployment. */
    public static final String SARA_ESPOSITO = code("SPSSRA95E45A944");
    /** Registered, DID ten days ago at the desk, no case manager or pact yet. */
    public static final String PAOLO_CONTI = code("CNTPLA70C15A944");
    /** Registered and at work (hired last year, contract extended). */
    public static final String GIULIA_BIANCHI = code("BNCGLI92M52A944");
    /** Known to the office, never registered: certificates that need a registration say so. */
    public static final String LUCA_VERDI = code("VRDLCU78C15F257");
    /** The company in the movements above (a valid partita IVA). */
    public static final String FELSINEE_VAT = "01234567897";
    public static final String FELSINEE = "Officine Felsinee S.r.l.";

    private DemoPeople() {
    }

    public static List<PersonFile> files(LocalDate today) {
        PersonFile mario = new PersonFile(new Person(cf(MARIO_ROSSI, today), "Rossi", "Mario", "Bologna"),
                today.minusYears(3), List.of(new AvailabilityDeclaration(today.minusMonths(7), null)), List.of(
                        move(JobMovement.Kind.HIRING, today.minusYears(3), "Tempo determinato", "Magazziniere"),
                        move(JobMovement.Kind.EXTENSION, today.minusYears(2).minusMonths(6), "Tempo determinato",
                                "Magazziniere"),
                        move(JobMovement.Kind.TRANSFORMATION, today.minusYears(2), "Tempo indeterminato",
                                "Capo magazzino"),
                        move(JobMovement.Kind.TERMINATION, today.minusMonths(7), "Tempo indeterminato",
                                "Capo magazzino")));
        PersonFile giulia = new PersonFile(new Person(cf(GIULIA_BIANCHI, today), "Bianchi", "Giulia", "Bologna"),
                today.minusYears(2), List.of(new AvailabilityDeclaration(today.minusYears(2), today.minusYears(1))),
                List.of(move(JobMovement.Kind.HIRING, today.minusYears(1), "Tempo determinato", "Impiegata"),
                        move(JobMovement.Kind.EXTENSION, today.minusMonths(1), "Tempo determinato", "Impiegata")));
        PersonFile luca = new PersonFile(new Person(cf(LUCA_VERDI, today), "Verdi", "Luca", "Modena"), null,
                List.of(), List.of());
        PersonFile sara = new PersonFile(new Person(cf(SARA_ESPOSITO, today), "Esposito", "Sara", "Bologna"),
                today.minusMonths(1), List.of(), List.of());
        PersonFile paolo = new PersonFile(new Person(cf(PAOLO_CONTI, today), "Conti", "Paolo", "Bologna"),
                today.minusYears(1), List.of(new AvailabilityDeclaration(today.minusDays(10), null)), List.of(
                        move(JobMovement.Kind.HIRING, today.minusYears(1), "Tempo determinato", "Operaio"),
                        move(JobMovement.Kind.TERMINATION, today.minusDays(10), "Tempo determinato", "Operaio")));
        return List.of(mario, giulia, luca, sara, paolo);
    }

    private static JobMovement move(JobMovement.Kind kind, LocalDate on, String contract, String occupation) {
        return new JobMovement(kind, on, FELSINEE_VAT, FELSINEE, contract, occupation);
    }

    private static CodiceFiscale cf(String code, LocalDate today) {
        return CodiceFiscale.of(code, today);
    }

    private static String code(String first15) {
        return first15 + CodiceFiscale.checkCharacter(first15);
    }
}
