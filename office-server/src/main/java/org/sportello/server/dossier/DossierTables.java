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

    /** The personal part of the citizen's file beyond person (office V11_5, central V4_2). */
    public static final List<String> PROFILE = List.of("person_id", "citizenship", "residence_street",
            "residence_postcode", "residence_town", "residence_province", "domicile_street", "domicile_postcode",
            "domicile_town", "domicile_province", "phone", "email", "working_hours", "shifts", "travel_km", "licences",
            "updated_at", "version");
    public static final List<String> PROFILE_TYPES = List.of("uuid", "varchar", "varchar", "varchar", "varchar",
            "varchar", "varchar", "varchar", "varchar", "varchar", "varchar", "varchar", "varchar", "varchar", "int",
            "varchar", "timestamptz", "bigint");
    public static final List<String> EDUCATION = List.of("person_id", "position", "title", "isced", "field",
            "institution", "year_done");
    public static final List<String> EDUCATION_TYPES = List.of("uuid", "int", "varchar", "int", "varchar", "varchar",
            "int");
    public static final List<String> EXPERIENCE = List.of("person_id", "position", "employer", "occupation_code",
            "role", "from_on", "to_on");
    public static final List<String> EXPERIENCE_TYPES = List.of("uuid", "int", "varchar", "varchar", "varchar", "date",
            "date");
    public static final List<String> SKILL = List.of("person_id", "position", "skill");
    public static final List<String> SKILL_TYPES = List.of("uuid", "int", "varchar");
    public static final List<String> LANGUAGE = List.of("person_id", "position", "language", "cefr");
    public static final List<String> LANGUAGE_TYPES = List.of("uuid", "int", "varchar", "varchar");

    /**
     * A table of rows that belong to a dossier (keyed by person_id) and travel with it: pushed by its owner,
     * taken by a new owner, read by another office through central's {@code fetch} function (logged as the
     * part {@code part}), and kept whole in a review entry under the key {@code part}.
     *
     * @param key          the columns that name one row (what a replace keeps, updates or deletes)
     * @param officeColumn whether the office's table has an office_id (central's always has)
     */
    public record Child(String table, String part, List<String> columns, List<String> types, List<String> key,
                        boolean officeColumn, String fetch) {
        /** How rows are listed: by their key, so both sides list them alike. */
        public String order() {
            return String.join(", ", key);
        }
    }

    public static final Child DECLARATIONS = new Child("availability_declaration", "declarations", DECLARATION,
            DECLARATION_TYPES, List.of("id"), true, "dossier_fetch_declarations");
    public static final Child MOVEMENTS = new Child("job_movement", "movements", MOVEMENT, MOVEMENT_TYPES,
            List.of("id"), true, "dossier_fetch_movements");
    public static final Child CASES = new Child("person_case", "case", CASE, CASE_TYPES, List.of("id"), true,
            "dossier_fetch_case");
    public static final Child MEASURES = new Child("pact_measure", "measures", MEASURE, MEASURE_TYPES, List.of("id"),
            true, "dossier_fetch_measures");
    public static final Child PROFILES = new Child("person_profile", "profile", PROFILE, PROFILE_TYPES,
            List.of("person_id"), true, "dossier_fetch_profile");
    public static final Child EDUCATIONS = new Child("person_education", "education", EDUCATION, EDUCATION_TYPES,
            List.of("person_id", "position"), false, "dossier_fetch_education");
    public static final Child EXPERIENCES = new Child("person_experience", "experience", EXPERIENCE, EXPERIENCE_TYPES,
            List.of("person_id", "position"), false, "dossier_fetch_experience");
    public static final Child SKILLS = new Child("person_skill", "skills", SKILL, SKILL_TYPES,
            List.of("person_id", "position"), false, "dossier_fetch_skills");
    public static final Child LANGUAGES = new Child("person_language", "languages", LANGUAGE, LANGUAGE_TYPES,
            List.of("person_id", "position"), false, "dossier_fetch_languages");

    /** Every child of a dossier, in the order they are written (nothing here refers to a later one). */
    public static final List<Child> CHILDREN = List.of(DECLARATIONS, MOVEMENTS, CASES, MEASURES, PROFILES, EDUCATIONS,
            EXPERIENCES, SKILLS, LANGUAGES);

    private DossierTables() {
    }

    public static String list(List<String> columns) {
        return String.join(", ", columns);
    }

    public static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
