package id.go.spbe.platform.idempotency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * {@code Idempotency-Key} on POST.
 *
 * @param enabled          off only for a service that must not honour the header
 * @param retention        how long a key and its first response are kept (TTL index)
 * @param maxBodySize      largest non-multipart body compared by hash; a larger one with a key is a 413
 * @param inFlightTimeout  after this, a key whose first request never finished (the instance died) is taken over
 */
@ConfigurationProperties("spbe.idempotency")
public record IdempotencyProperties(@DefaultValue("true") boolean enabled, @DefaultValue("24h") Duration retention,
        @DefaultValue("2MB") DataSize maxBodySize, @DefaultValue("2m") Duration inFlightTimeout) {
}
