package id.go.spbe.audit.plan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the plan reminds (service configuration, not regulation: the regulation only says "at least once every N
 * years").
 *
 * @param reminderLeadDays how long before the due date the reminder to START an audit goes out; an audit takes
 *                         months to procure, staff and run, so the default is half a year
 * @param reminderEvery    how often the reminder job looks (leased: one replica at a time)
 */
@ConfigurationProperties("spbe.audit.plan")
record AuditPlanProperties(@DefaultValue("180") int reminderLeadDays, @DefaultValue("1h") Duration reminderEvery) {

    AuditPlanProperties {
        if (reminderLeadDays < 1) {
            throw new IllegalArgumentException("spbe.audit.plan.reminder-lead-days must be at least 1");
        }
    }
}
