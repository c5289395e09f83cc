package id.go.spbe.datacenter.backup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.Period;

/**
 * Backup supervision (D6), as Dinas runs it.
 *
 * @param checkInterval how often supervision looks for missed windows
 * @param grace         how long after a window ends a run may still be reported before the window counts as missed
 * @param vpsDefault    the policy a VPS gets when it goes into service
 * @param restoreTestEvery how often each protected system's backup must be proven by a restore test
 */
@ConfigurationProperties("spbe.datacenter.backup")
public record BackupProperties(@DefaultValue("5m") Duration checkInterval, @DefaultValue("1h") Duration grace,
        @DefaultValue VpsDefault vpsDefault, @DefaultValue("P6M") Period restoreTestEvery) {

    public record VpsDefault(@DefaultValue("24") int frequencyHours, @DefaultValue("30") int retentionDays,
            @DefaultValue("24") int rpoHours, @DefaultValue("true") boolean offsiteCopy) {
    }
}
