package id.go.spbe.audit.certificate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the certificate register warns (service configuration: the regulation says to monitor, not how early).
 *
 * @param expiringWindowDays    a certificate expiring within this many days is listed as EXPIRING_SOON
 * @param expiryThresholdsDays  days before expiry at which one {@code CertificateExpiring} goes out each
 * @param checkEvery            how often the leased expiry job looks
 */
@ConfigurationProperties("spbe.audit.certificates")
record CertificateProperties(@DefaultValue("30") int expiringWindowDays,
        @DefaultValue({"30", "7", "1"}) Set<Integer> expiryThresholdsDays, @DefaultValue("1h") Duration checkEvery) {

    CertificateProperties {
        if (expiringWindowDays < 1) {
            throw new IllegalArgumentException("spbe.audit.certificates.expiring-window-days must be at least 1");
        }
        if (expiryThresholdsDays.isEmpty() || expiryThresholdsDays.stream().anyMatch(d -> d < 1)) {
            throw new IllegalArgumentException("spbe.audit.certificates.expiry-thresholds-days: one or more days, "
                    + "each at least 1");
        }
        expiryThresholdsDays = new TreeSet<>(expiryThresholdsDays);
    }

    Duration expiringWindow() {
        return Duration.ofDays(expiringWindowDays);
    }

    int longestThresholdDays() {
        return ((TreeSet<Integer>) expiryThresholdsDays).last();
    }
}
