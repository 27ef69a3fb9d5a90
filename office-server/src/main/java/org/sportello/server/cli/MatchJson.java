package org.sportello.server.cli;

import java.util.List;
import org.sportello.model.offers.Fit;
import org.sportello.model.offers.FitReason;
import org.sportello.model.offers.JobOffer;
import org.sportello.model.offers.ProfileFit;
import org.sportello.model.vacancies.Candidate;
import org.sportello.model.vacancies.Vacancy;
import org.sportello.server.offers.OfferTexts;

/** Matches, vacancies and candidates as the commands print them with {@code --json}. */
final class MatchJson {
    private MatchJson() {
    }

    /** Each match with its fit and, as {@code offers search --json} says it, how to apply ({@link ApplyJson}). */
    static String matches(String cf, List<ProfileFit.Ranked> ranked, OfferTexts texts) {
        JsonWriter j = new JsonWriter().beginObject().field("cf", cf);
        j.name("matches").beginArray();
        for (ProfileFit.Ranked r : ranked) {
            JobOffer o = r.offer();
            j.beginObject().field("id", o.id()).field("title", o.title()).field("source", o.source().name())
                    .field("employer", o.employer()).field("municipality", o.workplace().municipality())
                    .field("isco", o.isco()).field("expires", o.expires().toString());
            ApplyJson.write(j, o, texts);
            fit(j, r.fit());
            j.endObject();
        }
        return j.endArray().endObject().toString();
    }

    static String vacancies(List<Vacancy> list) {
        JsonWriter j = new JsonWriter().beginObject();
        j.name("vacancies").beginArray();
        for (Vacancy v : list) {
            j.beginObject().field("id", v.id().toString()).field("reference", v.reference())
                    .field("title", v.title()).field("employer", v.employerName())
                    .field("employerCode", v.employerCode()).field("isco", v.isco())
                    .field("municipality", v.workplace().municipality()).field("positions", v.positions())
                    .field("publishOn", v.publishOn().toString()).field("expiresOn", v.expiresOn().toString())
                    .field("status", v.status().name()).field("outcome", v.outcome() == null ? null : v.outcome().name())
                    .endObject();
        }
        return j.endArray().endObject().toString();
    }

    static String candidates(Vacancy v, List<Candidate> list) {
        JsonWriter j = new JsonWriter().beginObject().field("vacancy", v.id().toString()).field("title", v.title());
        j.name("candidates").beginArray();
        for (Candidate c : list) {
            j.beginObject().field("cf", c.codiceFiscale()).field("name", c.name())
                    .field("lastOutcome", c.lastOutcome() == null ? null : c.lastOutcome().name());
            fit(j, c.fit());
            j.endObject();
        }
        return j.endArray().endObject().toString();
    }

    private static void fit(JsonWriter j, Fit fit) {
        j.field("score", fit.score());
        j.name("reasons").beginArray();
        for (FitReason r : fit.reasons()) {
            j.beginObject().field("aspect", r.aspect().name());
            j.name("met").value(r.met());
            j.name("args").beginArray();
            r.args().forEach(j::value);
            j.endArray().endObject();
        }
        j.endArray();
    }
}
