package id.go.spbe.gateway.ratelimit;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Request rate limits ({@code spbe.gateway.rate-limit.*}), one token bucket per caller: the user ({@code sub}),
 * the machine client ({@code azp}, for INTEGRATION and FEDERATION tokens) or, without a token, the IP address.
 *
 * @param backend       {@code memory} (default: one bucket set per gateway replica) or {@code redis} (shared by
 *                      all replicas; needs {@code spring.data.redis.*})
 * @param replenishRate tokens added per second, i.e. the sustained requests per second a caller may make
 * @param burstCapacity the bucket size, i.e. how many requests a caller may make at once after being idle
 * @param maxKeys       memory backend only: the most callers tracked at once; beyond it, new callers share one
 *                      bucket until idle ones expire, so memory stays bounded even under a flood of addresses
 */
@Validated
@ConfigurationProperties("spbe.gateway.rate-limit")
public record RateLimitProperties(@NotNull Backend backend, @Min(1) int replenishRate, @Min(1) int burstCapacity,
                                  @Min(1) int maxKeys) {

    public enum Backend { MEMORY, REDIS }
}
