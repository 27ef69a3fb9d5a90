package org.sportello.model.company;

import java.time.LocalDate;
import org.sportello.model.person.JobMovement;

/**
 * A company's mandatory communication handed in at the counter, as the operator typed it (so fields
 * may be missing: {@link CommunicationRules#missing} says which).
 *
 * @param eventOn the day the hiring starts, the job ends, the contract changes or the extension starts
 * @param endOn   a fixed-term contract's end (hiring), the new end (extension); null otherwise
 */
public record CompanyCommunication(JobMovement.Kind kind, String employerCode, String employerName,
                                   String workerCode, String workerFamilyName, String workerGivenNames,
                                   LocalDate eventOn, LocalDate endOn, ContractType contractType,
                                   String occupationCode, int pages) {
    public CompanyCommunication {
        employerCode = clean(employerCode);
        employerName = clean(employerName);
        workerCode = clean(workerCode) == null ? null : workerCode.strip().toUpperCase(java.util.Locale.ROOT);
        workerFamilyName = clean(workerFamilyName);
        workerGivenNames = clean(workerGivenNames);
        occupationCode = clean(occupationCode);
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
