package org.sportello.server.dossier;

import java.util.List;

/**
 * The columns of a dossier that travel between an office and central, in the same order on both sides
 * (office migration V2, central migration V2), with central's type of each. office_id is left out:
 * on an office it is the office holding the row (its only office), on central the owner is
 * person.owner_office_id; version is left out of person: each side keeps its own (ADR 0018).
 */
public final class DossierTables {
    public static final List<String> PERSON = List.of("id", "tax_code", "family_name", "given_names", "birth_date",
            "sex", "birth_place_code", "birth_place_name", "registered_on", "created_at", "updated_at");
    public static final List<String> PERSON_TYPES = List.of("uuid", "varchar", "varchar", "varchar", "date",
            "varchar", "varchar", "varchar", "date", "timestamptz", "timestamptz");

    public static final List<String> DECLARATION = List.of("id", "person_id", "declared_on", "ended_on", "version",
            "channel");
    public static final List<String> DECLARATION_TYPES = List.of("uuid", "uuid", "date", "date", "bigint", "varchar");

    /** The case manager and the latest pact (office V11_1, central V4_1; ADR 29). */
    public static final List<String> CASE = List.of("id", "person_id", "case_manager_login", "case_manager_name",
            "taken_on", "pact_number", "pact_issued_on", "version");
    public static final List<String> CASE_TYPES = List.of("uuid", "uuid", "varchar", "varchar", "date", "varchar",
            "date", "bigint");

    /** The pact's agreed measures (office V11_1, central V4_1). */
    public static final List<String> MEASURE = List.of("id", "person_id", "kind", "due_on", "party", "what", "done",
            "recorded_at", "version");
    public static final List<String> MEASURE_TYPES = List.of("uuid", "uuid", "varchar", "date", "varchar", "varchar",
            "boolean", "timestamptz", "bigint");

    public static final List<String> MOVEMENT = List.of("id", "person_id", "kind", "effective_on", "employer_tax_code",
            "employer_name", "contract_type", "occupation", "protocol_entry_id", "recorded_at", "version");
    public static final List<String> MOVEMENT_TYPES = List.of("uuid", "uuid", "varchar", "date", "varchar",
            "varchar", "varchar", "varchar", "uuid", "timestamptz", "bigint");

    private DossierTables() {
    }

    public static String list(List<String> columns) {
        return String.join(", ", columns);
    }

    public static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
