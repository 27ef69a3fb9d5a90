package org.sportello.server.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sportello.model.offers.ContractType;
import org.sportello.model.offers.Course;
import org.sportello.model.offers.JobOffer;
import org.sportello.model.offers.LanguageRequirement;
import org.sportello.model.offers.OfferHours;
import org.sportello.model.profile.CefrLevel;
import org.sportello.model.profile.DrivingLicence;

/**
 * Every field of the offers' and courses' JSON Lines (README, "Job offers and courses") read into the value, and
 * each field's mistake refused with its line number and a reason that names it, the line skipped whole.
 */
class ImportLinesTest {
    private static final OfferTexts EN = OfferTexts.in(Locale.ENGLISH);
    private static final String GOOD = "{\"id\":\"bo-1\",\"title\":\"Magazziniere\",\"description\":\"Carico\","
            + "\"employer\":\"Logistica Emiliana srl\",\"municipality\":\"Bologna\",\"province\":\"bo\",\"lat\":44.494,"
            + "\"lon\":11.343,\"isco\":\"9333\",\"contract\":\"fixed-term\",\"hours\":\"part\",\"published\":"
            + "\"2026-11-20\",\"expires\":\"2026-12-31\",\"education\":2,\"skills\":[\"Muletto\",\" \",\"Inventario\"],"
            + "\"languages\":[{\"code\":\"en\",\"level\":\"b1\"}],\"licences\":[\"b\",\"CE\"],\"positions\":3,"
            + "\"experience\":2,\"how_to_apply\":\"Scrivere a lavoro@emiliana.example\"}";

    @Test
    void everyFieldOfAnOfferIsRead() throws IOException {
        ImportReport<JobOffer> r = OfferLines.read(new StringReader(GOOD), EN);
        assertThat(r.problems()).isEmpty();
        JobOffer o = r.accepted().getFirst();
        assertThat(o.id()).isEqualTo("bo-1");
        assertThat(o.title()).isEqualTo("Magazziniere");
        assertThat(o.description()).isEqualTo("Carico");
        assertThat(o.employer()).isEqualTo("Logistica Emiliana srl");
        assertThat(o.workplace().municipality()).isEqualTo("Bologna");
        assertThat(o.workplace().province()).isEqualToIgnoringCase("BO");
        assertThat(o.workplace().lat()).isEqualTo(44.494);
        assertThat(o.workplace().lon()).isEqualTo(11.343);
        assertThat(o.isco()).isEqualTo("9333");
        assertThat(o.contract()).isEqualTo(ContractType.FIXED_TERM);
        assertThat(o.hours()).isEqualTo(OfferHours.PART);
        assertThat(o.published()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(o.expires()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(o.requirements().minIsced()).isEqualTo(2);
        assertThat(o.requirements().skills()).containsExactly("Muletto", "Inventario");
        assertThat(o.requirements().languages()).containsExactly(new LanguageRequirement("en", CefrLevel.B1));
        assertThat(o.requirements().licences()).isEqualTo(Set.of(DrivingLicence.B, DrivingLicence.CE));
        assertThat(o.positions()).isEqualTo(3);
        assertThat(o.requirements().yearsExperience()).isEqualTo(2);
        assertThat(o.howToApply()).isEqualTo("Scrivere a lavoro@emiliana.example");
    }

    @Test
    void eachFieldsMistakeSkipsItsLineWithItsNumberAndTheGoodLinesStay() throws IOException {
        Map<String, String> mistakes = new TreeMap<>(Map.ofEntries(
                Map.entry("\"id\":\"bo-1\"", "\"id\":\"-bad id\"|the id \"-bad id\""),
                Map.entry("\"title\":\"Magazziniere\"", "\"title\":7|the field \"title\" must be a text"),
                Map.entry("\"description\":\"Carico\"", "\"description\":[\"x\"]|the field \"description\" must be a text"),
                Map.entry("\"employer\":\"Logistica Emiliana srl\"", "\"employer\":\"" + "x".repeat(201)
                        + "\"|the field \"employer\" is longer than 200"),
                Map.entry("\"municipality\":\"Bologna\"", "\"municipality\":\" \"|the field \"municipality\" is missing"),
                Map.entry("\"province\":\"bo\"", "\"province\":\"B1\"|the province \"B1\""),
                Map.entry("\"lat\":44.494,", "|lat and lon go together"),
                Map.entry("\"lon\":11.343", "\"lon\":181|the coordinates must be decimal degrees"),
                Map.entry("\"isco\":\"9333\"", "\"isco\":\"93X3\"|the ISCO-08 code \"93X3\""),
                Map.entry("\"contract\":\"fixed-term\"", "\"contract\":\"forever\"|the field \"contract\" is \"forever\""),
                Map.entry("\"hours\":\"part\"", "\"hours\":\"half\"|the field \"hours\" is \"half\""),
                Map.entry("\"published\":\"2026-11-20\"", "\"published\":\"20/11/2026\"|the field \"published\" must be a date"),
                Map.entry("\"expires\":\"2026-12-31\"", "\"expires\":\"2026-11-01\"|expires is before published"),
                Map.entry("\"education\":2", "\"education\":9|the field \"education\" must be a whole number from 0 to 8"),
                Map.entry("\"skills\":[\"Muletto\",\" \",\"Inventario\"]", "\"skills\":\"Muletto\"|the field \"skills\" must be a list"),
                Map.entry("\"languages\":[{\"code\":\"en\",\"level\":\"b1\"}]", "\"languages\":[{\"code\":\"en\",\"level\":\"B3\"}]|each language must be"),
                Map.entry("\"licences\":[\"b\",\"CE\"]", "\"licences\":[\"Z\"]|unknown driving licence category \"Z\""),
                Map.entry("\"positions\":3", "\"positions\":0|the field \"positions\" must be a whole number from 1"),
                Map.entry("\"experience\":2", "\"experience\":2.5|the field \"experience\" must be a whole number"),
                Map.entry("\"how_to_apply\":\"Scrivere a lavoro@emiliana.example\"", "\"how_to_apply\":\"a\\u0007b\"|the field \"how_to_apply\" contains control characters")));
        assertThat(mistakes.keySet()).as("one mistake for every field").hasSize(OfferLines.FIELDS.size());
        StringBuilder file = new StringBuilder(GOOD.replace("bo-1", "first")).append('\n');
        List<String> expected = new java.util.ArrayList<>();
        int line = 1;
        for (Map.Entry<String, String> m : mistakes.entrySet()) {
            String[] bad = m.getValue().split("\\|", 2);
            String text = GOOD.replace(m.getKey(), bad[0]).replace(",,", ",").replace("{,", "{");
            assertThat(text).as(m.getKey()).isNotEqualTo(GOOD);
            file.append(text).append('\n');
            line++;
            expected.add(line + ":" + bad[1]);
        }
        file.append(GOOD.replace("bo-1", "last")).append('\n');
        ImportReport<JobOffer> r = OfferLines.read(new StringReader(file.toString()), EN);
        assertThat(r.accepted()).extracting(JobOffer::id).containsExactly("first", "last");
        assertThat(r.problems()).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            String[] want = expected.get(i).split(":", 2);
            assertThat(r.problems().get(i).line()).isEqualTo(Integer.parseInt(want[0]));
            assertThat(r.problems().get(i).reason()).as(expected.get(i)).contains(want[1]);
        }
    }

    @Test
    void everyFieldOfACourseIsReadAndEachMistakeNamed() throws IOException {
        String good = "{\"id\":\"c-1\",\"kind\":\"workshop\",\"title\":\"Scrivere il curriculum\",\"provider\":\"CPI\","
                + "\"description\":\"Due ore\",\"municipality\":\"Bologna\",\"province\":\"bo\",\"place\":\"Aula 2\","
                + "\"starts\":\"2026-12-10\",\"ends\":\"2026-12-11\",\"seats\":12}";
        String file = String.join("\n", good,
                good.replace("\"workshop\"", "\"seminar\""),
                good.replace("\"Scrivere il curriculum\"", "\"\""),
                good.replace("\"CPI\"", "null"),
                good.replace("\"bo\"", "\"B1\""),
                good.replace("\"2026-12-11\"", "\"2026-12-01\""),
                good.replace("\"2026-12-10\"", "\"soon\""),
                good.replace("12}", "-1}"),
                good.replace("\"place\":\"Aula 2\"", "\"room\":\"Aula 2\""),
                good.replace("c-1", "c-2").replace(",\"ends\":\"2026-12-11\"", ""));
        ImportReport<Course> r = CourseLines.read(new StringReader(file), EN);
        assertThat(r.accepted()).hasSize(2);
        Course c = r.accepted().getFirst();
        assertThat(List.of(c.id(), c.kind().name(), c.title(), c.provider(), c.description(), c.municipality(),
                c.province(), c.place())).containsExactly("c-1", "WORKSHOP", "Scrivere il curriculum", "CPI", "Due ore",
                "Bologna", "BO", "Aula 2");
        assertThat(c.starts()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(c.ends()).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(c.seats()).isEqualTo(12);
        assertThat(r.accepted().get(1).ends()).as("ends defaults to starts").isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(r.problems()).extracting(LineProblem::line).containsExactly(2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(r.problems()).extracting(LineProblem::reason).satisfiesExactly(
                s -> assertThat(s).contains("\"kind\" is \"seminar\""),
                s -> assertThat(s).contains("\"title\" is missing"),
                s -> assertThat(s).contains("\"provider\" is missing"),
                s -> assertThat(s).contains("province \"B1\""),
                s -> assertThat(s).contains("ends is before starts"),
                s -> assertThat(s).contains("\"starts\" must be a date"),
                s -> assertThat(s).contains("\"seats\" must be a whole number"),
                s -> assertThat(s).contains("unknown field \"room\""));
    }
}
