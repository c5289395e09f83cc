package id.go.spbe.servicedesk.alerts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the desk treats alarms read long after they happened ({@code servicedesk.alerts}) — a consumer group's first
 * start replaying a topic from its earliest offset, a group reset, a dead-letter replay, the desk down for a while.
 *
 * @param replayAge       an alarm whose event is older than this when the desk reads it, and that would open a new
 *                        ticket, is held instead of opening one at once
 * @param replayHold      how long a held alarm waits for its clearing (which follows it on the same partition) before
 *                        it opens its ticket after all
 * @param promoteInterval cadence of the job that opens the tickets of held alarms whose wait is over
 */
@ConfigurationProperties("servicedesk.alerts")
public record AlertReplayProperties(@DefaultValue("PT1H") Duration replayAge,
        @DefaultValue("PT10M") Duration replayHold, @DefaultValue("PT1M") Duration promoteInterval) {
}
