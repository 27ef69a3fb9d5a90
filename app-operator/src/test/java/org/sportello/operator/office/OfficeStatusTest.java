package org.sportello.operator.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.sportello.model.common.Problem;
import org.sportello.link.OfficeLink;
import org.sportello.link.OfficeServices;
import org.sportello.model.common.SportelloException;
import org.sportello.operator.ui.Workers;

class OfficeStatusTest {

    @Test
    void onlyTheClientsWordForAnUnreachableOfficeIsAnOutage() {
        assertThat(OfficeStatus.isUnavailable(new SportelloException(Problem.OFFICE_UNAVAILABLE, "x"))).isTrue();
        assertThat(OfficeStatus.isUnavailable(new SportelloException(Problem.SESSION_EXPIRED, "30 min")))
                .as("a refusal, answered by a server that is there").isFalse();
        assertThat(OfficeStatus.isUnavailable(new SportelloException(Problem.COUNTER_PAUSED, 1))).isFalse();
        assertThat(OfficeStatus.isUnavailable(new IllegalStateException("a bug"))).isFalse();
    }

    @Test
    void retryProbesOnlyWhileDownAndComesBackUpWhenTheProbeSucceeds() {
        AtomicBoolean reachable = new AtomicBoolean(false);
        int[] probes = {0};
        OfficeLink link = new OfficeLink() {
            @Override
            public OfficeServices services() {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean reachable() {
                probes[0]++;
                return reachable.get();
            }
        };
        OfficeStatus status = new OfficeStatus(link, Workers.direct());

        status.retry();
        assertThat(probes[0]).as("up: nothing to retry").isZero();

        status.reportDown();
        status.retry();
        status.retry();
        assertThat(status.isDown()).isTrue();
        assertThat(status.failedProbesProperty().get()).isEqualTo(2);

        reachable.set(true);
        status.retry();
        assertThat(status.isDown()).isFalse();
        assertThat(status.failedProbesProperty().get()).isZero();
        assertThat(probes[0]).isEqualTo(3);
    }
}
