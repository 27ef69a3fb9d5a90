package org.sportello.operator.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sportello.link.OfficeLink;
import org.sportello.link.OfficeServices;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.operator.ui.Messages;
import org.sportello.operator.ui.Workers;

/** How the desk tells an outage, a refusal and an ended session apart. */
class OfficeWorkTest {
    final OfficeLink link = OfficeLink.fixed(new OfficeServices(null, null, null, null, null, null, null, null, null));
    final OfficeStatus status = new OfficeStatus(link, Workers.direct());
    final OfficeWork work = new OfficeWork(link, status, Workers.direct(), new Messages());
    final List<String> ended = new ArrayList<>();
    final List<OfficeWork.Failure> failures = new ArrayList<>();

    OfficeWorkTest() {
        work.onSessionEnded(ended::add);
    }

    private void fail(RuntimeException e) {
        work.submit(s -> {
            throw e;
        }, ok -> { }, failures::add);
    }

    @Test
    void anEndedSessionIsToldToTheWindowWithTheServersWordsAndToTheCaller() {
        fail(new SportelloException(Problem.SESSION_EXPIRED, "30 min"));
        fail(new SportelloException(Problem.NOT_LOGGED_IN));

        assertThat(ended).containsExactly("La sessione è terminata (30 min). Accedere di nuovo.",
                "Nessun operatore ha effettuato l'accesso a questa postazione. Accedere prima.");
        assertThat(failures).extracting(OfficeWork.Failure::message).containsExactlyElementsOf(ended);
        assertThat(status.isDown()).isFalse();
    }

    @Test
    void otherRefusalsAndOutagesEndNoSession() {
        fail(new SportelloException(Problem.LOGIN_FAILED));
        fail(new SportelloException(Problem.OFFICE_UNAVAILABLE, "queue"));

        assertThat(ended).isEmpty();
        assertThat(failures.get(0).message()).isEqualTo("Nome utente o password errati.");
        assertThat(failures.get(1).officeDown()).isTrue();
        assertThat(status.isDown()).isTrue();
    }

    @Test
    void aLinkWithoutAStreamIsPolledNotPushed() {
        assertThat(work.follow(0, e -> { })).isEmpty();
    }
}
