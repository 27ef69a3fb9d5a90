package org.sportello.selfservice;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.sportello.model.offers.ContractType;
import org.sportello.model.offers.OfferHours;
import org.sportello.ui.Scheduler.Timer;
import org.sportello.model.offers.OfferHit;
import org.sportello.model.offers.FacetCount;
import org.sportello.model.offers.OfferResults;
import org.sportello.model.offers.OfferQuery;

/**
 * The home screen: the <i>Cosa</i> and <i>Dove</i> fields the on-screen keyboard types into, the
 * filter chips, and the results, which follow the typing once it pauses ({@code typingPause}) and
 * follow a chip at once. Each search runs in the background; an answer that a newer search has
 * overtaken is dropped, so the list never jumps back to older words. UI thread only.
 */
public final class SearchViewModel {
    /** Which field the keyboard types into. */
    public enum Field { WHAT, WHERE }

    /** The distance chips, in km, shown once a place is in <i>Dove</i>. */
    public static final List<Integer> DISTANCES = List.of(10, 25, 50);
    /** The "published recently" chip: the last week. */
    public static final int RECENT_DAYS = 7;
    /** At most this many provinces get a chip: the ones with most offers. */
    static final int PROVINCE_CHIPS = 5;

    private final TerminalViewModel terminal;
    private final StringProperty what = new SimpleStringProperty(this, "what", "");
    private final StringProperty where = new SimpleStringProperty(this, "where", "");
    private final ObjectProperty<Field> field = new SimpleObjectProperty<>(Field.WHAT);
    /** False while the citizen looks through the results: on a portrait screen the keys then give way to them. */
    private final ReadOnlyBooleanWrapper keysShown = new ReadOnlyBooleanWrapper(true);
    private final ObservableSet<ContractType> contracts = FXCollections.observableSet(EnumSet.noneOf(ContractType.class));
    private final ObjectProperty<OfferHours> hours = new SimpleObjectProperty<>();
    private final StringProperty province = new SimpleStringProperty("");
    private final IntegerProperty km = new SimpleIntegerProperty(0);
    private final IntegerProperty recentDays = new SimpleIntegerProperty(0);
    private final ReadOnlyObjectWrapper<OfferResults> results = new ReadOnlyObjectWrapper<>(OfferResults.NONE);
    private final ObservableList<OfferHit> hits = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(false);
    /** Provinces the chips offer: the biggest counts of the last answer, plus the one chosen. */
    private final ObservableList<String> provinces = FXCollections.observableArrayList();

    private Timer typing;
    private long asked;
    private boolean resetting;

    SearchViewModel(TerminalViewModel terminal) {
        this.terminal = terminal;
        what.addListener((o, was, now) -> typed());
        where.addListener((o, was, now) -> {
            if (now.isBlank() && km.get() != 0) {
                km.set(0); // a radius without a place means nothing
            }
            typed();
        });
    }

    // ---------------------------------------------------------------- the keyboard

    public void focus(Field f) {
        field.set(f);
        keysShown.set(true);
        terminal.touched();
    }

    /** The citizen scrolls the results: done typing for now, the keys may step aside until a field is touched. */
    public void browse() {
        keysShown.set(false);
        terminal.touched();
    }

    /** One key of the on-screen keyboard: a letter, an accented letter, an apostrophe, a space. */
    public void type(String chars) {
        StringProperty target = target();
        String now = target.get();
        if (chars.equals(" ") && (now.isEmpty() || now.endsWith(" "))) {
            return; // a double space is a slip of the finger
        }
        target.set(now + chars);
        terminal.touched();
    }

    public void backspace() {
        StringProperty target = target();
        String now = target.get();
        if (!now.isEmpty()) {
            target.set(now.substring(0, now.offsetByCodePoints(now.length(), -1)));
        }
        terminal.touched();
    }

    public void clearField() {
        target().set("");
        terminal.touched();
    }

    private StringProperty target() {
        return field.get() == Field.WHERE ? where : what;
    }

    // ---------------------------------------------------------------- the chips

    public void toggleContract(ContractType c) {
        if (!contracts.remove(c)) {
            contracts.add(c);
        }
        chipChanged();
    }

    public void toggleHours(OfferHours h) {
        hours.set(hours.get() == h ? null : h);
        chipChanged();
    }

    public void toggleProvince(String p) {
        province.set(province.get().equals(p) ? "" : p);
        chipChanged();
    }

    public void toggleKm(int radius) {
        km.set(km.get() == radius ? 0 : radius);
        chipChanged();
    }

    public void toggleRecent() {
        recentDays.set(recentDays.get() == 0 ? RECENT_DAYS : 0);
        chipChanged();
    }

    public boolean anyChip() {
        return !contracts.isEmpty() || hours.get() != null || !province.get().isEmpty() || km.get() != 0
                || recentDays.get() != 0;
    }

    public void clearChips() {
        contracts.clear();
        hours.set(null);
        province.set("");
        km.set(0);
        recentDays.set(0);
        chipChanged();
    }

    private void chipChanged() {
        terminal.touched();
        searchNow();
    }

    // ---------------------------------------------------------------- searching

    private void typed() {
        if (resetting) {
            return;
        }
        cancelTyping();
        typing = terminal.dispatch().timers().after(terminal.settings().typingPause(), this::searchNow);
    }

    private void cancelTyping() {
        if (typing != null) {
            typing.cancel();
            typing = null;
        }
    }

    public OfferQuery query() {
        return new OfferQuery(what.get(), where.get(), km.get(), Set.copyOf(contracts), hours.get(), province.get(),
                recentDays.get(), OfferQuery.DEFAULT_LIMIT);
    }

    /** Runs the search as it stands now, in the background; only the newest answer is shown. */
    public void searchNow() {
        cancelTyping();
        OfferQuery q = query();
        long mine = ++asked;
        searching.set(true);
        terminal.dispatch().background().execute(() -> {
            OfferResults answer;
            try {
                answer = terminal.offers().search(q);
            } catch (RuntimeException e) {
                terminal.dispatch().ui().execute(() -> {
                    if (mine == asked) {
                        searching.set(false);
                        terminal.failed(e);
                    }
                });
                return;
            }
            terminal.dispatch().ui().execute(() -> {
                if (mine == asked) {
                    searching.set(false);
                    show(answer);
                }
            });
        });
    }

    private void show(OfferResults answer) {
        results.set(answer);
        hits.setAll(answer.hits());
        List<String> biggest = new ArrayList<>(answer.facets().stream().filter(f -> f.facet().equals("province")
                        && f.count() > 0).sorted((a, b) -> Integer.compare(b.count(), a.count()))
                .limit(PROVINCE_CHIPS).map(FacetCount::value).toList());
        if (!province.get().isEmpty() && !biggest.contains(province.get())) {
            biggest.add(province.get());
        }
        biggest.sort(String::compareTo);
        provinces.setAll(biggest);
        terminal.resultsShown(answer.hits());
    }

    /** Everything back to the start (idle reset, the citizen's "finished"): fields, chips, results. */
    void reset() {
        resetting = true;
        try {
            cancelTyping();
            asked++; // an answer on its way belongs to the previous citizen
            what.set("");
            where.set("");
            field.set(Field.WHAT);
            keysShown.set(true);
            contracts.clear();
            hours.set(null);
            province.set("");
            km.set(0);
            recentDays.set(0);
            results.set(OfferResults.NONE);
            hits.clear();
            provinces.clear();
            searching.set(false);
        } finally {
            resetting = false;
        }
    }

    // ---------------------------------------------------------------- what the view binds to

    public StringProperty whatProperty() {
        return what;
    }

    public StringProperty whereProperty() {
        return where;
    }

    public ObjectProperty<Field> fieldProperty() {
        return field;
    }

    public ReadOnlyBooleanProperty keysShownProperty() {
        return keysShown.getReadOnlyProperty();
    }

    public ObservableSet<ContractType> contracts() {
        return contracts;
    }

    public ObjectProperty<OfferHours> hoursProperty() {
        return hours;
    }

    public StringProperty provinceProperty() {
        return province;
    }

    public IntegerProperty kmProperty() {
        return km;
    }

    public IntegerProperty recentDaysProperty() {
        return recentDays;
    }

    public ReadOnlyObjectProperty<OfferResults> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    public ObservableList<OfferHit> hits() {
        return hits;
    }

    public ObservableList<String> provinces() {
        return provinces;
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }
}
