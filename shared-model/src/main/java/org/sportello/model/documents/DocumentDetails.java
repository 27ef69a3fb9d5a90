package org.sportello.model.documents;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What the operator types at the desk for the kinds whose content the office database does not
 * hold: the company's name and its communication, the papers handed in, the appointment. Blank
 * texts are null; each kind reads only its own fields.
 */
public record DocumentDetails(String companyName, String communication, int pages, List<String> items,
                              LocalDateTime appointmentAt, String place, String caseManager, String purpose) {
    public static final DocumentDetails NONE = new DocumentDetails(null, null, 0, List.of(), null, null, null, null);

    public DocumentDetails {
        companyName = blankToNull(companyName);
        communication = blankToNull(communication);
        items = items == null ? List.of() : items.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        place = blankToNull(place);
        caseManager = blankToNull(caseManager);
        purpose = blankToNull(purpose);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
