package id.go.spbe.servicedesk.sla;

import id.go.spbe.servicedesk.ticket.domain.Priority;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Map;

/**
 * SLA settings of the service ({@code servicedesk.sla}). The regulations oblige service levels (S5) but set no
 * figures: the targets here are the first version of each policy, which Dinas then revises through the API.
 *
 * @param warningThreshold share of a target after which SlaWarning is raised (0.8 = 80 %)
 * @param monitorInterval  cadence of the SLA monitor job
 * @param hours            working hours per weekday in the region's time zone ({@code 07:30-16:00}); a weekday
 *                         left out is a weekend day
 * @param defaults         the initial targets per priority, in business minutes, for every ticket type
 */
@ConfigurationProperties("servicedesk.sla")
public record SlaProperties(@DefaultValue("0.8") double warningThreshold,
        @DefaultValue("PT1M") Duration monitorInterval, Map<DayOfWeek, String> hours,
        Map<Priority, Targets> defaults) {

    public record Targets(int timeToOwn, int firstResponse, int resolution) {
    }
}
