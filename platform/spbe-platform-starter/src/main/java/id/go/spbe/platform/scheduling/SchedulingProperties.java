package id.go.spbe.platform.scheduling;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param poolSize        threads of the platform's job scheduler, shared by every job of the service
 * @param leaseCollection where job leases are kept (one document per job name)
 */
@ConfigurationProperties("spbe.scheduling")
public record SchedulingProperties(@DefaultValue("4") int poolSize,
        @DefaultValue("job_leases") String leaseCollection) {
}
