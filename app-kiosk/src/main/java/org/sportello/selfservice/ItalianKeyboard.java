package org.sportello.selfservice;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The on-screen keyboard, in the Italian layout a citizen knows from a PC (QWERTY with ò à ù on the
 * home row, è é beside P, ì and the apostrophe beside the digits), so "l'addetta", "città" and "però"
 * can be typed without a physical keyboard. Keys show capitals, large; they type small letters, which
 * the search does not tell apart. Keys never take the keyboard focus, so the field stays the one typed in.
 */
final class ItalianKeyboard {
    /** The rows of the Italian layout, as the keys read. */
    static final List<String> ROWS = List.of("1234567890'ì", "qwertyuiopèé", "asdfghjklòàù", "zxcvbnm,.-");

    private final VBox root = new VBox();

    ItalianKeyboard(TerminalViewModel vm) {
        root.setId("keyboard");
        root.getStyleClass().add("keyboard");
        SearchViewModel search = vm.search();
        for (String row : ROWS) {
            HBox keys = new HBox();
            keys.getStyleClass().add("key-row");
            for (int i = 0; i < row.length(); i++) {
                String ch = String.valueOf(row.charAt(i));
                keys.getChildren().add(key(ch.toUpperCase(Locale.ITALIAN), "key-" + name(ch), () -> search.type(ch)));
            }
            root.getChildren().add(keys);
        }
        Button space = key("", "key-space", () -> search.type(" "));
        space.textProperty().bind(vm.text("keyboard.space"));
        space.getStyleClass().add("key-wide");
        HBox.setHgrow(space, Priority.ALWAYS);
        space.setMaxWidth(Double.MAX_VALUE);
        Button back = key("", "key-backspace", search::backspace);
        back.textProperty().bind(vm.text("keyboard.backspace"));
        back.getStyleClass().add("key-action");
        Button clear = key("", "key-clear", search::clearField);
        clear.textProperty().bind(vm.text("keyboard.clear"));
        clear.getStyleClass().add("key-action");
        HBox bottom = new HBox(clear, space, back);
        bottom.getStyleClass().add("key-row");
        root.getChildren().add(bottom);
    }

    Node node() {
        return root;
    }

    /** A key's id: the letter itself, or a word for the signs ("key-apostrophe"). */
    static String name(String ch) {
        return switch (ch) {
            case "'" -> "apostrophe";
            case "," -> "comma";
            case "." -> "period";
            case "-" -> "dash";
            default -> ch;
        };
    }

    private static Button key(String label, String id, Runnable action) {
        Button b = new Button(label);
        b.setId(id);
        b.getStyleClass().add("key");
        b.setFocusTraversable(false);
        b.setMnemonicParsing(false);
        b.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(b, Priority.ALWAYS);
        b.setOnAction(e -> action.run());
        return b;
    }
}
