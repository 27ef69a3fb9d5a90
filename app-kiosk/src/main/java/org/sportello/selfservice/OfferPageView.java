package org.sportello.selfservice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.MapChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sportello.model.offers.Fit;
import org.sportello.model.offers.JobOffer;
import org.sportello.model.offers.LanguageRequirement;
import org.sportello.model.offers.Requirements;

/**
 * An offer's page: everything a citizen needs to decide and to apply, in reading order (what, who,
 * where, which contract, until when, what is asked, how to apply), the fit when a card is shown, and
 * the actions at the bottom: back, print, take to the desk.
 */
final class OfferPageView {
    private final TerminalViewModel vm;
    private final VBox root = new VBox();
    private final VBox body = new VBox();

    OfferPageView(TerminalViewModel vm) {
        this.vm = vm;
        root.setId("offer");
        root.getStyleClass().add("offer-screen");
        body.setId("offer-body");
        body.getStyleClass().add("offer-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setId("offer-scroll");
        scroll.getStyleClass().add("results-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Button back = Views.button("offer-back", "back-button", vm.text("offer.back"), vm::showSearch);
        Button print = Views.button("offer-print", "print-button", vm.text("offer.print"), () -> vm.page().print());
        print.disableProperty().bind(vm.page().printStateProperty().isEqualTo(OfferPageViewModel.PrintState.PRINTING));
        Button choose = new Button();
        choose.setId("offer-choose");
        choose.getStyleClass().add("choose");
        choose.setWrapText(true);
        choose.setOnAction(e -> {
            JobOffer o = vm.page().offerProperty().get();
            if (o != null) {
                vm.toggleChosen(o.id());
            }
        });
        Button attach = new Button();
        attach.setId("offer-attach");
        attach.getStyleClass().add("attach");
        attach.setWrapText(true);
        attach.setOnAction(e -> vm.attachChosen());
        attach.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.chosen()));
        Label notice = Views.label("print-notice", vm.page().noticeProperty());
        notice.setId("print-notice");
        Views.showWhenText(notice);
        Label attachNotice = Views.label("attach-notice", vm.attachNoticeProperty());
        attachNotice.setId("offer-attach-notice");
        Views.showWhenText(attachNotice);
        FlowPane actions = new FlowPane(back, print, choose, attach);
        actions.getStyleClass().add("offer-actions");
        actions.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(scroll, notice, attachNotice, actions);

        Runnable refresh = () -> {
            rebuild();
            boolean known = vm.cardProperty().get() != null && vm.cardProperty().get().known();
            JobOffer o = vm.page().offerProperty().get();
            boolean on = o != null && vm.chosen().contains(o.id());
            choose.setText(vm.texts().get(on ? "choose.on" : "choose.off"));
            choose.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), on);
            attach.setText(vm.texts().get("attach.button", vm.chosen().size()));
            for (Button b : new Button[] {choose, attach}) {
                b.setVisible(known);
                b.setManaged(known);
            }
        };
        vm.page().offerProperty().addListener(o -> refresh.run());
        vm.fits().addListener((MapChangeListener<String, Fit>) c -> refresh.run());
        vm.chosen().addListener((SetChangeListener<String>) c -> refresh.run());
        vm.cardProperty().addListener(o -> refresh.run());
        vm.textsProperty().addListener(o -> refresh.run());
        refresh.run();
    }

    Node node() {
        return root;
    }

    private void rebuild() {
        body.getChildren().clear();
        JobOffer o = vm.page().offerProperty().get();
        if (o == null) {
            return;
        }
        TerminalTexts t = vm.texts();
        Label title = Views.label("offer-title", o.title());
        title.setId("offer-title");
        Label employer = Views.label("offer-employer", OfferSlips.employer(t, o.employer()));
        employer.setId("offer-employer");
        body.getChildren().addAll(title, employer);
        TerminalViewModel.Card card = vm.cardProperty().get();
        Fit fit = vm.fit(o.id());
        if (card != null && card.known() && fit != null) {
            body.getChildren().add(FitBadge.explained(t, card.firstName(), fit));
        }
        facts(t, o).forEach(body.getChildren()::add);
        if (o.description() != null && !o.description().isBlank()) {
            body.getChildren().addAll(Views.label("offer-heading", t.get("offer.description")),
                    Views.label("offer-text", o.description()));
        }
        List<String> asked = requirements(t, o.requirements());
        if (!asked.isEmpty()) {
            body.getChildren().add(Views.label("offer-heading", t.get("offer.requirements")));
            for (String line : asked) {
                body.getChildren().add(Views.label("offer-text", t.get("offer.bullet", line)));
            }
        }
        VBox apply = new VBox(Views.label("offer-heading", t.get("offer.apply")),
                Views.label("offer-apply", OfferSlips.howToApply(t, o)));
        apply.setId("offer-apply");
        apply.getStyleClass().add("apply-box");
        body.getChildren().add(apply);
    }

    private static List<Node> facts(TerminalTexts t, JobOffer o) {
        List<Node> out = new ArrayList<>();
        out.add(fact(t.get("offer.where"), OfferSlips.where(o.workplace().municipality(), o.workplace().province())));
        out.add(fact(t.get("offer.contract"), t.get("offer.contract.line", t.contract(o.contract()), t.hours(o.hours()))));
        out.add(fact(t.get("offer.positions"), t.get("offer.positions.value", o.positions())));
        out.add(fact(t.get("offer.published"), t.date(o.published())));
        out.add(fact(t.get("offer.expires"), t.date(o.expires())));
        return out;
    }

    private static Node fact(String label, String value) {
        Label l = Views.label("fact-label", label);
        Label v = Views.label("fact-value", value);
        FlowPane line = new FlowPane(l, v);
        line.getStyleClass().add("fact");
        return line;
    }

    static List<String> requirements(TerminalTexts t, Requirements r) {
        List<String> out = new ArrayList<>();
        if (r.minIsced() >= 0 && t.has("isced." + r.minIsced())) {
            out.add(t.get("req.education", t.get("isced." + r.minIsced())));
        }
        if (r.yearsExperience() > 0) {
            out.add(t.get("req.experience", r.yearsExperience()));
        }
        if (!r.skills().isEmpty()) {
            out.add(t.get("req.skills", String.join(", ", r.skills())));
        }
        for (LanguageRequirement l : r.languages()) {
            out.add(t.get("req.language", Locale.of(l.code()).getDisplayLanguage(t.locale()), l.level().name()));
        }
        if (!r.licences().isEmpty()) {
            out.add(t.get("req.licences", String.join(", ", r.licences().stream().map(Enum::name).sorted().toList())));
        }
        return out;
    }
}
