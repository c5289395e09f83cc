package id.go.spbe.datacenter.vps;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Map;

/**
 * How Dinas runs its VPS service (not a regulation parameter): how long a VPS is granted for, and how much each OPD
 * may hold. The OS images it offers are a catalogue Dinas keeps over the API ({@code osimage}).
 *
 * @param defaultTermMonths term when the request names none
 * @param maxTermMonths     longest term of a request or a renewal
 * @param quota             what one OPD may hold at once (approved, provisioned and active VPS together)
 * @param quotas            per-OPD overrides of {@code quota}, by OPD code
 * @param remindDaysBefore  how many days before its expiry the OPD is reminded to renew or retire a VPS
 * @param reminderInterval  how often expiries are looked for
 */
@ConfigurationProperties("spbe.datacenter.vps")
public record VpsProperties(@DefaultValue("12") int defaultTermMonths,
        @DefaultValue("24") int maxTermMonths, @DefaultValue Quota quota, Map<String, Quota> quotas,
        @DefaultValue("30") int remindDaysBefore, @DefaultValue("1h") Duration reminderInterval) {

    public VpsProperties {
        quotas = quotas == null ? Map.of() : Map.copyOf(quotas);
    }

    /** Limits of one OPD. */
    public record Quota(@DefaultValue("10") int maxVps, @DefaultValue("32") int maxVcpu,
            @DefaultValue("128") int maxRamGib, @DefaultValue("2000") int maxDiskGib) {
    }

    public Quota quotaOf(String opd) {
        return quotas.getOrDefault(opd, quota);
    }
}
