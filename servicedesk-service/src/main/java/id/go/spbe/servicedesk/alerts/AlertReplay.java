package id.go.spbe.servicedesk.alerts;

import id.go.spbe.platform.scheduling.ScheduledJob;
import id.go.spbe.platform.scheduling.ScheduledJobs;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * Opens the tickets of held alarms (see {@link AlertDesk}) whose wait for a clearing is over: every
 * {@code servicedesk.alerts.promote-interval}, on one replica at a time (the platform's lease), oldest event first.
 * A held alarm always ends as a ticket or as cleared: nothing read is lost.
 */
@Component
public class AlertReplay {

    public static final String JOB = "alert-replay";

    private final HeldAlarmRepository held;
    private final AlertDesk desk;
    private final AlertReplayProperties properties;
    private final Clock clock;
    private final ScheduledJob job;

    AlertReplay(ScheduledJobs jobs, HeldAlarmRepository held, AlertDesk desk, AlertReplayProperties properties,
            Clock clock) {
        this.held = held;
        this.desk = desk;
        this.properties = properties;
        this.clock = clock;
        this.job = jobs.job(JOB).every(properties.promoteInterval()).schedule(this::promoteDue);
    }

    public ScheduledJob job() {
        return job;
    }

    /** Opens the tickets of the alarms held at least the replay hold; returns how many it took. */
    public int promoteDue() {
        List<HeldAlarm> due = held.findByHeldAtLessThanEqualOrderByEventTimeAsc(
                clock.instant().minus(properties.replayHold()));
        due.forEach(desk::promote);
        return due.size();
    }

    /** How many alarms wait for their clearing (for tests and the README's counter). */
    public long waiting() {
        return held.count();
    }
}
