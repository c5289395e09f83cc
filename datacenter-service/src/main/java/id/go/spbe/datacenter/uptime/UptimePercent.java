package id.go.spbe.datacenter.uptime;

import id.go.spbe.datacenter.uptime.domain.Uptime;

/**
 * Uptime as printed in reports: three decimals with a decimal comma, rounded down as {@link Uptime#percent()} does
 * ("99,950 %"), and "tanpa data" when no probe counted — never a 100 % nobody measured.
 */
public final class UptimePercent {

    private UptimePercent() {
    }

    public static String text(Uptime uptime) {
        var percent = uptime.percent();
        return percent == null ? "tanpa data" : percent.toPlainString().replace('.', ',') + " %";
    }
}
