package org.sportello.operator.profile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.sportello.operator.ui.Messages;

/**
 * When a job lasted, as a person would write it on a CV: "dal 01/03/2020 al 31/12/2023", "dal 01/03/2020, in corso".
 * Either date may be missing (the form leaves both optional): the line then says so in words instead of showing a
 * dash with nothing before it. A missing end means the job still lasts ({@code Experience.to} is null while it does).
 */
record WorkSpan(LocalDate from, LocalDate to) {
    String text(Messages messages, DateTimeFormatter dates) {
        if (from != null && to != null) {
            return messages.text("file.span.fromTo", dates.format(from), dates.format(to));
        }
        if (from != null) {
            return messages.text("file.span.since", dates.format(from));
        }
        if (to != null) {
            return messages.text("file.span.until", dates.format(to));
        }
        return messages.text("file.span.ongoing");
    }
}
