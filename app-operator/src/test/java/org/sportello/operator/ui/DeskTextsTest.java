package org.sportello.operator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sportello.devices.DeviceStatus;
import org.sportello.model.auth.Role;
import org.sportello.model.events.EventType;
import org.sportello.model.office.CounterState;
import org.sportello.model.queue.Outcome;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.TicketStatus;
import org.sportello.operator.desk.DeskAction;

/** Every name the desk shows for a value of the office has its text in every language of the desk. */
class DeskTextsTest {
    private static final String BUNDLE = "org.sportello.operator.messages";

    @Test
    void everyEventTypeAndEveryValueTheDeskNamesHasItsText() {
        List<Class<? extends Enum<?>>> named = List.of(CounterState.class, Role.class,
                Outcome.class, PriorityClass.class, TicketStatus.class, DeviceStatus.class);
        for (Locale locale : Messages.SUPPORTED) {
            Messages messages = new Messages();
            messages.localeProperty().set(locale);
            for (Class<? extends Enum<?>> type : named) {
                for (Enum<?> value : type.getEnumConstants()) {
                    assertThat(messages.name(value)).as("%s.%s in %s", type.getSimpleName(), value, locale)
                            .doesNotStartWith("!");
                }
            }
            for (DeskAction action : DeskAction.values()) {
                assertThat(messages.text(action.textKey())).as("%s in %s", action, locale).doesNotStartWith("!");
            }
            for (EventType type : EventType.values()) {
                // As the recent-activity list formats them: ticket code and counter number, or blanks.
                assertThat(messages.text("event." + type.name(), "A001", "2")).doesNotContain("{").isNotBlank();
                assertThat(messages.text("event." + type.name(), "", "")).doesNotContain("{").isNotBlank();
            }
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryPatternParses() {
        Set<String> first = null;
        for (Locale locale : Messages.SUPPORTED) {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            Set<String> keys = new HashSet<>(bundle.keySet());
            for (String key : keys) {
                String pattern = bundle.getString(key);
                new MessageFormat(pattern, locale); // throws on a broken pattern
                // Every text goes through MessageFormat, where a lone apostrophe starts a quote and is
                // lost ("The persons codice fiscale"): it must be written twice.
                assertThat(pattern.replace("''", "")).as("%s in %s: a lone apostrophe", key, locale)
                        .doesNotContain("'");
            }
            if (first == null) {
                first = keys;
            } else {
                assertThat(keys).as("keys in %s", locale).containsExactlyInAnyOrderElementsOf(first);
            }
        }
    }
}
