package org.sportello.operator.desk;

import javafx.scene.input.KeyEvent;
import org.sportello.operator.vacancies.MatchingModel;
import org.sportello.operator.vacancies.MatchingPane;
import org.sportello.operator.vacancies.VacancyModel;
import org.sportello.operator.vacancies.VacancyPane;

/**
 * Shift+F11: vacancies (service D). The sheet is the frame; it shows the vacancy list and form
 * ({@link VacancyPane}) or, for the picked vacancy, its matching ({@link MatchingPane}), each with its own
 * ViewModel.
 */
final class VacancySheet extends SheetCard {
    private final VacancyPane vacancies;
    private final MatchingPane matching;
    private boolean matchingShown;

    VacancySheet(DeskViewModel model, VacancyModel vacancyModel, MatchingModel matchingModel) {
        super(model, "vacancySheet");
        getStyleClass().add("vac-sheet");
        vacancies = new VacancyPane(vacancyModel);
        matching = new MatchingPane(matchingModel);
        vacancies.onCandidates(() -> {
            matchingModel.open(vacancyModel.selectedProperty().get());
            show(true);
        });
        matching.onBack(() -> {
            vacancyModel.refresh();
            show(false);
        });
        show(false);
    }

    private void show(boolean match) {
        matchingShown = match;
        if (match) {
            layOut(messages.text("match.title.sheet"), messages.text("match.keys"), matching);
            matching.focus();
        } else {
            layOut(messages.text("vac.title.sheet"), messages.text("vac.keys"), vacancies);
            vacancies.focus();
        }
    }

    @Override
    boolean onKey(KeyEvent event) {
        return matchingShown ? matching.onKey(event) : vacancies.onKey(event);
    }

    @Override
    void focus() {
        if (matchingShown) {
            matching.focus();
        } else {
            vacancies.focus();
        }
    }
}
