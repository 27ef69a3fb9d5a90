package org.sportello.server.offers;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.sportello.model.offers.ContractType;
import org.sportello.model.offers.JobOffer;
import org.sportello.model.offers.LanguageRequirement;
import org.sportello.model.offers.OfferHours;
import org.sportello.model.offers.OfferSource;
import org.sportello.model.offers.Requirements;
import org.sportello.model.profile.CefrLevel;
import org.sportello.model.profile.DrivingLicence;
import org.sportello.model.offers.Course;

/**
 * A catalogue around Bologna made from seed lists (job titles with their ISCO-08 codes and skills,
 * employers, the places file), the same for the same seed: the demo office's few hundred offers and
 * courses, and the benchmark's hundred thousand. Nothing here is real but the municipalities.
 */
public final class DemoCatalogue {
    public static final String PLACES = "demo/places-bologna.csv";

    /** A seed job: title (masculine and feminine), ISCO-08 code, what it is about, skills to pick from. */
    private record Job(String title, String feminine, String isco, String about, List<String> skills, int minIsced,
                       DrivingLicence licence) {
    }

    private static final List<Job> JOBS = List.of(
            new Job("Magazziniere", "Magazziniera", "9333", "carico e scarico merci, gestione delle scorte e inventari",
                    List.of("Muletto", "Inventario", "Gestionale di magazzino", "Patentino carrelli elevatori"), 2, null),
            new Job("Addetto alle pulizie", "Addetta alle pulizie", "9112", "pulizia di uffici, scale e spazi comuni",
                    List.of("Pulizie civili", "Uso di macchinari lavasciuga", "Sanificazione"), -1, null),
            new Job("Cuoco", "Cuoca", "5120", "preparazione di primi piatti della tradizione emiliana e secondi",
                    List.of("Pasta fresca", "HACCP", "Cucina emiliana", "Gestione della linea"), 3, null),
            new Job("Aiuto cuoco", "Aiuto cuoca", "9412", "preparazione degli ingredienti e pulizia della cucina",
                    List.of("HACCP", "Pasta fresca", "Taglio verdure"), -1, null),
            new Job("Cameriere di sala", "Cameriera di sala", "5131", "servizio ai tavoli, accoglienza dei clienti",
                    List.of("Servizio ai tavoli", "Inglese di base", "Cassa"), 2, null),
            new Job("Barista", "Barista", "5132", "caffetteria, colazioni e aperitivi",
                    List.of("Caffetteria", "Cocktail", "Cassa", "HACCP"), 2, null),
            new Job("Operatore socio sanitario", "Operatrice socio sanitaria", "5321",
                    "assistenza alla persona in struttura residenziale per anziani",
                    List.of("Qualifica OSS", "Igiene della persona", "Turni notturni"), 3, null),
            new Job("Infermiere", "Infermiera", "2221", "assistenza infermieristica in reparto e ambulatorio",
                    List.of("Laurea in infermieristica", "Iscrizione OPI", "Prelievi"), 6, null),
            new Job("Autista di mezzi pesanti", "Autista di mezzi pesanti", "8332",
                    "trasporto merci in ambito regionale con rientro serale",
                    List.of("Patente C", "CQC merci", "Carta tachigrafica"), 2, DrivingLicence.C),
            new Job("Autista corriere", "Autista corriera", "8322", "consegne a domicilio nell'area metropolitana",
                    List.of("Patente B", "Palmare consegne", "Conoscenza del territorio"), 2, DrivingLicence.B),
            new Job("Operaio metalmeccanico", "Operaia metalmeccanica", "7223",
                    "conduzione di macchine utensili CNC e controllo qualità",
                    List.of("Lettura del disegno tecnico", "CNC", "Calibro e micrometro"), 3, null),
            new Job("Saldatore", "Saldatrice", "7212", "saldatura a filo e TIG di carpenteria leggera",
                    List.of("Saldatura TIG", "Saldatura MIG", "Lettura del disegno tecnico"), 2, null),
            new Job("Elettricista", "Elettricista", "7411", "impianti elettrici civili e industriali",
                    List.of("Impianti civili", "Quadri elettrici", "PES PAV"), 3, DrivingLicence.B),
            new Job("Idraulico", "Idraulica", "7126", "installazione e manutenzione di impianti termoidraulici",
                    List.of("Impianti termoidraulici", "Caldaie", "Saldatura a stagno"), 2, DrivingLicence.B),
            new Job("Impiegato amministrativo", "Impiegata amministrativa", "4311",
                    "contabilità fornitori, prima nota e fatturazione elettronica",
                    List.of("Contabilità", "Fatturazione elettronica", "Excel", "Gestionale"), 3, null),
            new Job("Addetto alla segreteria", "Addetta alla segreteria", "4120",
                    "accoglienza, centralino e gestione dell'agenda",
                    List.of("Centralino", "Pacchetto Office", "Inglese"), 3, null),
            new Job("Commesso", "Commessa", "5223", "vendita assistita, allestimento del punto vendita e cassa",
                    List.of("Vendita assistita", "Cassa", "Visual merchandising"), 2, null),
            new Job("Cassiere", "Cassiera", "5230", "cassa e assistenza ai clienti in supermercato",
                    List.of("Cassa", "Rifornimento scaffali", "Orientamento al cliente"), 2, null),
            new Job("Addetto al call center", "Addetta al call center", "4222",
                    "assistenza clienti telefonica su servizi energetici",
                    List.of("Comunicazione telefonica", "CRM", "Inglese"), 3, null),
            new Job("Sviluppatore software", "Sviluppatrice software", "2512",
                    "sviluppo di applicazioni web e servizi per la pubblica amministrazione",
                    List.of("Java", "SQL", "JavaScript", "Git"), 4, null),
            new Job("Tecnico informatico", "Tecnica informatica", "3512", "assistenza agli utenti, postazioni e reti",
                    List.of("Reti", "Windows", "Linux", "Help desk"), 3, null),
            new Job("Educatore per l'infanzia", "Educatrice per l'infanzia", "5311",
                    "attività educative al nido e alla scuola dell'infanzia",
                    List.of("Laurea in scienze dell'educazione", "Progettazione educativa"), 6, null),
            new Job("Giardiniere", "Giardiniera", "6113", "manutenzione del verde pubblico e privato",
                    List.of("Potatura", "Decespugliatore", "Irrigazione"), -1, DrivingLicence.B),
            new Job("Muratore", "Muratrice", "7112", "ristrutturazioni edili e opere murarie",
                    List.of("Opere murarie", "Intonaci", "Sicurezza in cantiere"), -1, null),
            new Job("Operaio alimentare", "Operaia alimentare", "8160",
                    "produzione e confezionamento in industria alimentare",
                    List.of("Confezionamento", "HACCP", "Linee di produzione"), 2, null),
            new Job("Addetto al confezionamento", "Addetta al confezionamento", "9321",
                    "confezionamento manuale e controllo dei prodotti",
                    List.of("Confezionamento", "Controllo qualità"), -1, null),
            new Job("Receptionist", "Receptionist", "4224", "accoglienza degli ospiti e check-in in albergo",
                    List.of("Inglese", "Tedesco", "Gestionale alberghiero"), 3, null),
            new Job("Contabile", "Contabile", "3313", "tenuta della contabilità e adempimenti fiscali",
                    List.of("Contabilità", "Bilancio", "Gestionale"), 4, null),
            new Job("Parrucchiere", "Parrucchiera", "5141", "taglio, piega e colore in salone",
                    List.of("Taglio", "Colore", "Piega"), 3, null),
            new Job("Tecnico di laboratorio", "Tecnica di laboratorio", "3111",
                    "analisi chimiche e microbiologiche in laboratorio accreditato",
                    List.of("Analisi chimiche", "Microbiologia", "Buone pratiche di laboratorio"), 4, null));

    private static final List<String> EMPLOYERS = List.of("Logistica Emiliana srl", "Cooperativa Sociale Il Portico",
            "Trattoria da Gianni", "Felsinea Servizi spa", "Officine Meccaniche Reno srl", "Gruppo Alimentare Padano spa",
            "Farmacie Comunali Riunite", "Hotel Due Torri", "Studio Associato Rossi & Bianchi",
            "Elettroimpianti Savena snc", "Supermercati Via Emilia spa", "Informatica Petroniana srl",
            "Casa di Riposo Villa Serena", "Trasporti Appennino srl", "Verde Pubblico Bolognese coop",
            "Edilizia San Luca srl", "Laboratori Analisi Felsinei", "Nidi d'Infanzia Coop Girotondo",
            "Panificio Fratelli Guidi", "Call Center Emilia srl", "Parrucchieri Stile Bologna");
    private static final List<String> PROVIDERS = List.of("Centro per l'impiego di Bologna", "Fondazione Aldini Valeriani",
            "CIOFS-FP Emilia-Romagna", "Ecipar Bologna", "IAL Emilia-Romagna", "Cefal Emilia-Romagna",
            "Città metropolitana di Bologna");
    private static final List<String> COURSE_TITLES = List.of("Patentino per carrelli elevatori",
            "HACCP per addetti alimentari", "Excel di base", "Inglese per il lavoro (A2-B1)", "Saldatura TIG",
            "Qualifica di operatore socio sanitario", "Contabilità e fatturazione elettronica",
            "Sicurezza sui luoghi di lavoro: formazione generale", "Competenze digitali di base",
            "Java per principianti");
    private static final List<String> WORKSHOP_TITLES = List.of("Scrivere il curriculum", "Il colloquio di lavoro",
            "Cercare lavoro online", "LinkedIn in pratica", "Conoscere i contratti di lavoro",
            "Mettersi in proprio: da dove iniziare");
    private static final int[] CONTRACT_WEIGHTS = {30, 40, 10, 8, 12};

    private DemoCatalogue() {
    }

    /** The demo's places file, from the jar. */
    public static List<Place> places() {
        try (InputStream in = DemoCatalogue.class.getResourceAsStream(PLACES)) {
            if (in == null) {
                throw new IllegalStateException("the demo places file is missing from the jar: " + PLACES);
            }
            ImportReport<Place> r = PlaceLines.read(new InputStreamReader(in, StandardCharsets.UTF_8),
                    OfferTexts.in(Locale.ROOT));
            if (!r.problems().isEmpty()) {
                throw new IllegalStateException("the demo places file has bad lines: " + r.problems());
            }
            return r.accepted();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code count} offers open around {@code today}, most within 40 km of Bologna: published in the last
     * 60 days, expiring in the next 1 to 90 days (a few already expired, which never show).
     */
    public static List<JobOffer> offers(int count, LocalDate today, long seed) {
        Random r = new Random(seed);
        List<Place> places = places();
        List<JobOffer> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Job job = JOBS.get(r.nextInt(JOBS.size()));
            // Bologna holds a third of the offers; the rest spread over the places file.
            Place where = r.nextInt(3) == 0 ? places.getFirst() : places.get(r.nextInt(places.size()));
            String employer = r.nextInt(8) == 0 ? null : EMPLOYERS.get(r.nextInt(EMPLOYERS.size()));
            ContractType contract = weighted(r);
            OfferHours hours = r.nextInt(3) == 0 ? OfferHours.PART : OfferHours.FULL;
            LocalDate published = today.minusDays(r.nextInt(60));
            LocalDate expires = r.nextInt(25) == 0 ? today.minusDays(1 + r.nextInt(10)) : today.plusDays(1 + r.nextInt(90));
            if (expires.isBefore(published)) {
                published = expires.minusDays(r.nextInt(30));
            }
            List<String> skills = new ArrayList<>(job.skills());
            java.util.Collections.shuffle(skills, r);
            skills = skills.subList(0, 1 + r.nextInt(skills.size()));
            List<LanguageRequirement> languages = r.nextInt(4) == 0
                    ? List.of(new LanguageRequirement("en", CefrLevel.values()[1 + r.nextInt(3)])) : List.of();
            Set<DrivingLicence> licences = job.licence() == null ? Set.of() : EnumSet.of(job.licence());
            String title = r.nextBoolean() ? job.title() : job.title() + "/" + job.feminine().toLowerCase(Locale.ITALIAN);
            String description = "Cerchiamo " + job.title().toLowerCase(Locale.ITALIAN) + " per " + job.about()
                    + " a " + where.name() + ". " + (hours == OfferHours.PART ? "Orario part-time." : "Orario a tempo pieno.")
                    + " Si richiede: " + String.join(", ", skills).toLowerCase(Locale.ITALIAN) + ".";
            out.add(new JobOffer(String.format(Locale.ROOT, "demo-%06d", i), OfferSource.IMPORTED, title, description,
                    employer, where.workplace(), job.isco(), contract, hours, 1 + (r.nextInt(6) == 0 ? r.nextInt(4) : 0),
                    published, expires, new Requirements(job.minIsced(), r.nextInt(4) == 0 ? 1 + r.nextInt(3) : 0, skills,
                    languages, licences), "Candidarsi allo sportello indicando il codice dell'offerta, oppure inviare il"
                    + " curriculum a offerte@example.org"));
        }
        return out;
    }

    /** {@code count} courses and workshops in the 60 days from {@code today}. */
    public static List<Course> courses(int count, LocalDate today, long seed) {
        Random r = new Random(seed);
        List<Place> places = places();
        List<Course> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean workshop = r.nextInt(5) < 2;
            Place where = r.nextInt(2) == 0 ? places.getFirst() : places.get(r.nextInt(Math.min(20, places.size())));
            LocalDate starts = today.plusDays(r.nextInt(60));
            LocalDate ends = workshop ? starts : starts.plusDays(7 + r.nextInt(60));
            String title = workshop ? WORKSHOP_TITLES.get(r.nextInt(WORKSHOP_TITLES.size()))
                    : COURSE_TITLES.get(r.nextInt(COURSE_TITLES.size()));
            out.add(new Course(String.format(Locale.ROOT, "demo-course-%03d", i),
                    workshop ? Course.Kind.WORKSHOP : Course.Kind.COURSE, title,
                    PROVIDERS.get(r.nextInt(PROVIDERS.size())),
                    workshop ? "Laboratorio gratuito di due ore, iscrizione allo sportello."
                            : "Corso gratuito per persone in cerca di lavoro, con attestato finale.",
                    where.name(), where.province(), workshop ? "Sala riunioni, piano terra" : "Aula " + (1 + r.nextInt(6)),
                    starts, ends, workshop ? 10 + r.nextInt(20) : 12 + r.nextInt(14)));
        }
        return out;
    }

    /** Loads the demo's places, {@code offers} offers and {@code courses} courses into {@code catalogue}. */
    public static void load(OfficeOffers catalogue, int offers, int courses) {
        LocalDate today = catalogue.today();
        catalogue.places().putAll(places());
        catalogue.putAll(offers(offers, today, 12));
        catalogue.courses().putAll(courses(courses, today, 12));
    }

    private static ContractType weighted(Random r) {
        int total = 0;
        for (int w : CONTRACT_WEIGHTS) {
            total += w;
        }
        int pick = r.nextInt(total);
        for (int i = 0; i < CONTRACT_WEIGHTS.length; i++) {
            pick -= CONTRACT_WEIGHTS[i];
            if (pick < 0) {
                return ContractType.values()[i];
            }
        }
        return ContractType.PERMANENT;
    }
}
