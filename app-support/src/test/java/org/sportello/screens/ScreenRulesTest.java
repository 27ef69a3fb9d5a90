package org.sportello.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two rules a person's eye needs most and {@code isTextTruncated} never reports: a word broken across lines,
 * and a text running over its tile's edge. Tiny scenes on JavaFX's headless platform (set by the parent pom),
 * each with the case the rule must catch and the cases it must leave alone.
 */
class ScreenRulesTest {
    private static final Path SHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"), "rules");
    private static final String STYLE = ".tile { -fx-border-color: #333; -fx-background-color: #eef; }";

    @BeforeAll
    static void toolkit() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyStarted) {
            // Another test of this JVM started it.
        }
    }

    @Test
    void aWordWiderThanItsWrappingLabelIsBroken() throws Exception {
        List<String> findings = onFx(() -> {
            Label narrow = wrapping("narrow", "Gli appuntamenti", 70);
            Label wide = wrapping("wide", "Gli appuntamenti", 400);
            // Short words wrap onto many lines, each whole: nothing to say.
            Label manyWords = wrapping("manyWords", "Il tuo turno è ora", 70);
            Label cutNotWrapped = new Label("Appuntamenti");
            cutNotWrapped.setId("cutNotWrapped");
            cutNotWrapped.setMaxWidth(40);
            return check("word-label", new VBox(8, narrow, wide, manyWords, cutNotWrapped));
        });

        assertThat(findings).filteredOn(f -> f.startsWith("word broken"))
                .containsExactly("word broken Label.label#narrow: \"appuntamenti\" in \"Gli appuntamenti\"");
        assertThat(findings).as("a label that does not wrap is cut with an ellipsis, as before")
                .anyMatch(f -> f.startsWith("cut text Label.label#cutNotWrapped"));
    }

    @Test
    void aWordWiderThanAWrappingTextIsBroken() throws Exception {
        List<String> findings = onFx(() -> {
            Text narrow = new Text("Sportello anagrafico");
            narrow.setId("narrowText");
            narrow.setFont(Font.font(18));
            narrow.setWrappingWidth(50);
            Text wide = new Text("Sportello anagrafico");
            wide.setId("wideText");
            wide.setFont(Font.font(18));
            wide.setWrappingWidth(300);
            Text unwrapped = new Text("Sportello");
            return check("word-text", new VBox(8, narrow, wide, unwrapped));
        });

        assertThat(findings).filteredOn(f -> f.startsWith("word broken")).containsExactly(
                "word broken Text#narrowText: \"Sportello\" in \"Sportello anagrafico\"");
    }

    @Test
    void theGraphicBesideAWrappingLabelLeavesItLessRoom() throws Exception {
        List<String> findings = onFx(() -> {
            Text measure = new Text("Anagrafe");
            measure.setFont(Font.font(16));
            double word = measure.getLayoutBounds().getWidth();
            // Wide enough for the word alone, not for the word and the icon beside it.
            Label withIcon = wrapping("withIcon", "Anagrafe", word + 20);
            withIcon.setGraphic(new Rectangle(60, 10));
            // The icon above the text takes no width from it.
            Label iconAbove = wrapping("iconAbove", "Anagrafe", word + 20);
            iconAbove.setGraphic(new Rectangle(60, 10));
            iconAbove.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
            return check("word-graphic", new VBox(8, withIcon, iconAbove));
        });

        assertThat(findings).filteredOn(f -> f.startsWith("word broken"))
                .containsExactly("word broken Label.label#withIcon: \"Anagrafe\" in \"Anagrafe\"");
    }

    @Test
    void aTextLargerThanItsTileRunsOutOfIt() throws Exception {
        List<String> findings = onFx(() -> {
            // A label that will not shrink (its minimum is its whole text) in a tile fixed narrower.
            Label over = new Label("Certificato di residenza storico");
            over.setId("over");
            over.setMinWidth(Region.USE_PREF_SIZE);
            StackPane tile = tile("overTile", 120, over);

            Label fits = new Label("Residenza");
            fits.setId("fits");
            StackPane roomy = tile("roomyTile", 200, fits);

            // A badge over the tile's corner, on purpose.
            Label badge = new Label("Nuovo servizio");
            badge.setId("badge");
            badge.setMinWidth(Region.USE_PREF_SIZE);
            badge.setTranslateX(70);
            StackPane badged = tile("badgedTile", 120, badge);

            // A clipped tile shows only its inside: what is past the edge is not drawn over anything.
            Label clippedText = new Label("Certificato di residenza storico");
            clippedText.setId("clippedText");
            clippedText.setMinWidth(Region.USE_PREF_SIZE);
            StackPane clipped = tile("clippedTile", 120, clippedText);
            clipped.setClip(new Rectangle(120, 40));

            // Content scrolls inside its pane: wider than the pane's box is what scrolling is for.
            Label scrolledText = new Label("Certificato di residenza storico, per chi ne ha bisogno");
            scrolledText.setId("scrolledText");
            ScrollPane scroll = new ScrollPane(scrolledText);
            scroll.setMaxWidth(150);

            // A bare text in a tile, too long for it.
            Text bare = new Text("Carta d'identità elettronica");
            bare.setId("bare");
            StackPane bareTile = tile("bareTile", 100, bare);
            return check("box", new VBox(12, tile, roomy, badged, clipped, scroll, bareTile));
        });

        assertThat(findings).filteredOn(f -> f.startsWith("text outside its box")).containsExactlyInAnyOrder(
                "text outside its box Label.label#over: \"Certificato di residenza storico\"",
                "text outside its box Text#bare: \"Carta d'identità elettronica\"");
    }

    @Test
    void aWrappedLabelTallerThanItsTileRunsOutOfItsBottom() throws Exception {
        List<String> findings = onFx(() -> {
            Label tall = wrapping("tall", "Il servizio riapre lunedì alle otto e trenta", 0);
            tall.setMinHeight(Region.USE_PREF_SIZE);
            StackPane tile = tile("shortTile", 90, tall);
            tile.setMaxHeight(30);
            tile.setMinHeight(30);
            return check("box-tall", new VBox(tile));
        });

        assertThat(findings).anyMatch(f -> f.startsWith("text outside its box Label.label#tall"));
    }

    @Test
    void textFitOnAPartOfTheScreenSaysOnlyHowItsTextsFit() throws Exception {
        List<String> findings = onFx(() -> {
            Label narrow = wrapping("narrowPart", "Gli appuntamenti", 70);
            // Chinese has no spaces: a line may break between any two ideographs, as a Chinese reader expects.
            Label chinese = wrapping("chinese", "请选择您需要的服务。", 40);
            Label over = new Label("Certificato di residenza storico");
            over.setId("overPart");
            over.setMinWidth(Region.USE_PREF_SIZE);
            // Cut with an ellipsis: the kiosk's own checker says that; textFit must not say it twice.
            Label cut = new Label("Appuntamenti");
            cut.setId("cutPart");
            cut.setMaxWidth(40);
            VBox part = new VBox(8, narrow, chinese, tile("overPartTile", 120, over), cut);
            Label elsewhere = wrapping("elsewhere", "Gli appuntamenti", 70);
            check("text-fit", new VBox(8, part, elsewhere));
            return ScreenRules.textFit(part);
        });

        assertThat(findings).containsExactlyInAnyOrder(
                "word broken Label.label#narrowPart: \"appuntamenti\" in \"Gli appuntamenti\"",
                "text outside its box Label.label#overPart: \"Certificato di residenza storico\"");
    }

    private static Label wrapping(String id, String text, double width) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        l.setFont(Font.font(16));
        if (width > 0) {
            l.setMaxWidth(width);
            l.setMinWidth(width);
        }
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static StackPane tile(String id, double width, javafx.scene.Node content) {
        StackPane tile = new StackPane(content);
        tile.setId(id);
        tile.getStyleClass().add("tile");
        tile.setPadding(new Insets(4));
        tile.setMinWidth(width);
        tile.setMaxWidth(width);
        tile.setPrefWidth(width);
        return tile;
    }

    private static List<String> check(String name, Region content) {
        StackPane root = new StackPane(content);
        root.setPadding(new Insets(20));
        Scene scene = new Scene(root, 500, 400);
        scene.getStylesheets().add("data:text/css," + STYLE.replace(" ", "%20").replace("#", "%23"));
        root.applyCss();
        root.layout();
        ScreenRules.save(scene, SHOTS, name);
        return ScreenRules.findings(scene, null);
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
