package id.go.spbe.monev.evidence;

import id.go.spbe.platform.time.SwitchedOnTime.Stretch;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Indicator 16, level 4: a monitor's availability is measured only over the stretches of the year it was switched on
 * (datacenter's MonitorConfigured `active`), so months switched off neither count as up time nor as measured.
 */
class MonitorProbingTest {

    static final Instant YEAR_START = Instant.parse("2020-01-01T00:00:00Z");
    static final Instant YEAR_END = Instant.parse("2021-01-01T00:00:00Z");

    static Document change(String at, boolean active) {
        return new Document("at", Date.from(Instant.parse(at))).append("active", active);
    }

    @Test
    void aMonitorSwitchedOffForTheSummerIsMeasuredOnlyBeforeAndAfter_dataCenter16() {
        // stored as a set, so the order of arrival does not matter
        List<Stretch> parts = OperationsReadModel.probing(List.of(change("2020-09-01T00:00:00Z", true),
                change("2019-06-01T00:00:00Z", true), change("2020-03-01T00:00:00Z", false)), YEAR_START, YEAR_END)
                .stretches();
        assertThat(parts).containsExactly(new Stretch(YEAR_START, Instant.parse("2020-03-01T00:00:00Z")),
                new Stretch(Instant.parse("2020-09-01T00:00:00Z"), YEAR_END));
    }

    @Test
    void aReconfigurationWhileOnDoesNotRestartTheMeasurementAndOffBeforeTheYearMeasuresNothing_dataCenter16() {
        // a new SLO on 1 July (active again) keeps the stretch that began in 2019
        assertThat(OperationsReadModel.probing(List.of(change("2019-06-01T00:00:00Z", true),
                change("2020-07-01T00:00:00Z", true)), YEAR_START, YEAR_END).stretches())
                .containsExactly(new Stretch(YEAR_START, YEAR_END));
        assertThat(OperationsReadModel.probing(List.of(change("2018-01-01T00:00:00Z", true),
                change("2019-01-01T00:00:00Z", false)), YEAR_START, YEAR_END).stretches()).isEmpty();
        assertThat(OperationsReadModel.probing(List.of(change("2020-02-01T00:00:00Z", false)), YEAR_START, YEAR_END)
                .stretches()).isEmpty();
    }
}
