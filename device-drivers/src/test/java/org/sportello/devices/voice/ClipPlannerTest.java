package org.sportello.devices.voice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ClipPlannerTest {
    @Test
    void italianCall() {
        assertThat(ClipPlanner.plan(new Announcement("A023", "5", AnnouncementLanguage.ITALIAN)))
                .containsExactly("chime", "it/numero", "it/A", "it/0", "it/2", "it/3", "it/sportello", "it/5");
    }

    @Test
    void englishCall() {
        assertThat(ClipPlanner.plan(new Announcement("A023", "5", AnnouncementLanguage.ENGLISH)))
                .containsExactly("chime", "en/number", "en/A", "en/0", "en/2", "en/3", "en/counter", "en/5");
    }

    @Test
    void spellsMultiDigitCountersAndSkipsWhatHasNoClip() {
        assertThat(ClipPlanner.plan(new Announcement("b-14", "12", AnnouncementLanguage.ITALIAN)))
                .containsExactly("chime", "it/numero", "it/B", "it/1", "it/4", "it/sportello", "it/1", "it/2");
    }
}
