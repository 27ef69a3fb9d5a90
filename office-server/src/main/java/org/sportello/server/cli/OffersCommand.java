package org.sportello.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sportello.model.offers.ContractType;
import org.sportello.model.offers.JobOffer;
import org.sportello.model.offers.OfferHours;
import org.sportello.server.offers.ImportReport;
import org.sportello.server.offers.OfferLines;
import org.sportello.server.offers.OfferTexts;
import org.sportello.server.offers.OfficeOffers;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.offers.FitReason;
import org.sportello.model.offers.ProfileFit;
import org.sportello.server.vacancies.VacancyTexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import org.sportello.model.offers.OfferHit;
import org.sportello.model.offers.OfferResults;
import org.sportello.model.offers.OfferQuery;

/** {@code sportello offers}: the office's job-offer catalogue (issue 12, ADR 32). */
@Command(name = "offers", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "The job-offer catalogue: import offers, search them as the terminal does, rebuild the index.",
        subcommands = {OffersCommand.Import.class, OffersCommand.Search.class, OffersCommand.Reindex.class,
            OffersCommand.Match.class})
final class OffersCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "choose: import, search, reindex or match");
    }

    @Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Import job offers from a JSON Lines file (one offer per line; fields in the README,",
                "\"Job offers and courses\"). A bad line is reported with its number and skipped; the good ones are",
                "imported together. An offer whose id is already in the catalogue is replaced.",
                "Exit 0: every line imported; 3: some lines skipped."})
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption database;
        @Parameters(paramLabel = "FILE", description = "The JSON Lines file (UTF-8); - reads standard input.")
        Path file;

        @Override
        public Integer call() {
            ImportReport<JobOffer> report = CatalogueImport.read(spec, file, OfferLines::read);
            try (OfficeConnection office = OfficeAccess.connect(database.resolve(SportelloCommand.environment(spec)))) {
                OfficeOffers offers = office.offers();
                offers.putAll(report.accepted());
                spec.commandLine().getOut().println(CatalogueImport.texts().text("import.offers-done",
                        report.accepted().size(), report.problems().size(), offers.count()));
            }
            return CatalogueImport.exit(report);
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Search the open offers as the self-consultation terminal does (Italian analysis), narrowed",
                "by the terminal's filters (contract, hours, province, distance, published in the last N days),",
                "and print them ranked: id, title, municipality, km (from --where), score."})
    static final class Search implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption database;
        @Parameters(paramLabel = "TEXT", arity = "0..*", description = "What to look for (\"magazziniere muletto\").")
        List<String> words;
        @Option(names = "--where", paramLabel = "MUNICIPALITY", description = "Around this municipality (places file).")
        String where;
        @Option(names = "--km", paramLabel = "N", description = "Radius around --where (default: "
                + OfferQuery.DEFAULT_KM + ").")
        Integer km;
        @Option(names = "--contract", paramLabel = "C", split = ",",
                description = "permanent, fixed-term, apprenticeship, internship, temporary (repeat or separate with commas).")
        List<String> contracts;
        @Option(names = "--hours", paramLabel = "H", description = "full or part.")
        String hours;
        @Option(names = "--province", paramLabel = "XX", description = "Only offers in this province (two letters).")
        String province;
        @Option(names = "--days", paramLabel = "N", description = "Only offers published in the last N days.")
        Integer days;
        @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "Results shown (default: ${DEFAULT-VALUE}).")
        int limit;
        @Option(names = "--json", negatable = false, description = "Print the results as one JSON object.")
        boolean json;

        @Override
        public Integer call() {
            OfferTexts t = CatalogueImport.texts();
            if (km != null && (where == null || where.isBlank())) {
                throw new CliFailure(ExitCode.USAGE, t.text("search.km-without-where"));
            }
            // Said here in the machine's language; the query's own checks are the programmer's English.
            if (km != null && (km < 1 || km > OfferQuery.MAX_KM)) {
                throw new CliFailure(ExitCode.USAGE, t.text("search.bad-km", OfferQuery.MAX_KM));
            }
            if (days != null && (days < 1 || days > OfferQuery.MAX_WITHIN_DAYS)) {
                throw new CliFailure(ExitCode.USAGE, t.text("search.bad-days", OfferQuery.MAX_WITHIN_DAYS));
            }
            if (limit < 1 || limit > OfferQuery.MAX_LIMIT) {
                throw new CliFailure(ExitCode.USAGE, t.text("search.bad-limit", OfferQuery.MAX_LIMIT));
            }
            if (province != null && !province.strip().matches("[A-Za-z]{2}")) {
                throw new CliFailure(ExitCode.USAGE, t.text("search.bad-province"));
            }
            OfferHours wantedHours = hours == null ? null : OfferHours.parse(hours).orElseThrow(() ->
                    new CliFailure(ExitCode.USAGE, t.text("search.bad-hours")));
            Set<ContractType> wanted = EnumSet.noneOf(ContractType.class);
            for (String c : contracts == null ? List.<String>of() : contracts) {
                wanted.add(ContractType.parse(c).orElseThrow(() -> new CliFailure(ExitCode.USAGE,
                        t.text("search.bad-contract"))));
            }
            OfferQuery query;
            try {
                query = new OfferQuery(words == null ? "" : String.join(" ", words), where, km == null ? 0 : km,
                        wanted, wantedHours, province, days == null ? 0 : days, limit);
            } catch (IllegalArgumentException e) {
                throw new CliFailure(ExitCode.USAGE, e.getMessage());
            }
            OfferResults r;
            Map<String, JobOffer> offers = new HashMap<>();
            try (OfficeConnection office = OfficeAccess.connect(database.resolve(SportelloCommand.environment(spec)))) {
                r = office.offers().search(query);
                if (json) {
                    // The hits are the index's few fields; how to apply is the catalogue row's.
                    for (OfferHit h : r.hits()) {
                        office.offers().find(h.id()).ifPresent(o -> offers.put(o.id(), o));
                    }
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(json(r, offers, t));
                return ExitCode.OK.code();
            }
            if (r.whereUnknown() != null) {
                spec.commandLine().getErr().println(t.text("search.where-unknown", r.whereUnknown()));
            }
            if (r.hits().isEmpty()) {
                out.println(t.text("search.none"));
                return ExitCode.OK.code();
            }
            out.println(t.text("search.total", r.total(), r.hits().size()));
            out.println(t.text("search.header"));
            for (OfferHit h : r.hits()) {
                out.println(h.id() + " | " + h.title() + " | " + h.municipality() + " | "
                        + (Double.isNaN(h.km()) ? "-" : String.format(Locale.ROOT, "%.1f", h.km())) + " | "
                        + String.format(Locale.ROOT, "%.2f", h.score()));
            }
            return ExitCode.OK.code();
        }

        /**
         * Each hit with its employer (null: riservato) and how to apply, in the machine's language: for another
         * office's reserved offer, through that office quoting its reference; null when the offer says nothing.
         */
        static String json(OfferResults r, Map<String, JobOffer> offers, OfferTexts t) {
            JsonWriter w = new JsonWriter().beginObject().field("total", r.total());
            w.field("where_unknown", r.whereUnknown());
            w.name("hits").beginArray();
            for (OfferHit h : r.hits()) {
                w.beginObject().field("id", h.id()).field("title", h.title()).field("municipality", h.municipality());
                w.name("km");
                if (Double.isNaN(h.km())) {
                    w.value((String) null);
                } else {
                    w.value(Math.round(h.km() * 10) / 10.0);
                }
                w.name("score").value(Math.round(h.score() * 1000) / 1000.0);
                w.field("employer", h.employer());
                ApplyJson.write(w, offers.get(h.id()), t);
                w.endObject();
            }
            return w.endArray().endObject().toString();
        }
    }

    @Command(name = "reindex", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Build the search index again from the catalogue (it is rebuilt by itself when lost).")
    static final class Reindex implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption database;

        @Override
        public Integer call() {
            try (OfficeConnection office = OfficeAccess.connect(database.resolve(SportelloCommand.environment(spec)))) {
                long start = System.nanoTime();
                int n = office.offers().rebuildIndex();
                spec.commandLine().getOut().printf(Locale.ROOT, "%d offers indexed in %.1f s%n", n,
                        (System.nanoTime() - start) / 1e9);
            }
            return ExitCode.OK.code();
        }
    }

    @Command(name = "match", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"A citizen against every open offer: ranked by the fit engine, each score explained",
                "(what matches, what is missing). Operator credentials as for \"queue call\"."})
    static final class Match implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption database;
        @Mixin
        OperatorLogin operator;
        @Parameters(paramLabel = "CF", description = "The citizen's codice fiscale.")
        String taxCode;
        @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "How many offers (1-500).")
        int limit;
        @Option(names = "--json", negatable = false, description = "Print the matches as one JSON object.")
        boolean json;

        @Override
        public Integer call() {
            CodiceFiscale cf = DossierCommand.code(taxCode);
            if (limit < 1 || limit > 500) {
                throw new CliFailure(ExitCode.USAGE, "--limit is 1 to 500");
            }
            CliEnvironment env = SportelloCommand.environment(spec);
            List<ProfileFit.Ranked> ranked;
            try (OfficeConnection office = OfficeAccess.connect(database.resolve(env))) {
                ranked = office.matches().match(operator.login(office, env), cf, limit);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(MatchJson.matches(cf.canonical(), ranked, CatalogueImport.texts()));
                return ExitCode.OK.code();
            }
            VacancyTexts t = VacancyTexts.in(Locale.getDefault());
            if (ranked.isEmpty()) {
                out.println(t.text("match.none"));
            }
            for (ProfileFit.Ranked r : ranked) {
                out.println(t.text("match.line", r.fit().score(), r.offer().id(), r.offer().title(),
                        r.offer().workplace().municipality()));
                for (FitReason reason : r.fit().reasons()) {
                    out.println(t.text("match.reason", t.text(reason.met() ? "reason.met" : "reason.missing"),
                            reason.aspect().name(), String.join(" / ", reason.args())));
                }
            }
            return ExitCode.OK.code();
        }
    }
}
