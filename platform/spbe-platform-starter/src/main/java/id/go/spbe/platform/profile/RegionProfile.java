package id.go.spbe.platform.profile;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.ZoneId;

/**
 * The part of the regulation profile every service needs: which region and regulation, and the time zone
 * business-hours logic uses (WIB/WITA/WIT). Area parameters are bound by the owning service.
 */
@ConfigurationProperties("spbe.regulation")
public record RegionProfile(String id, String regulation, Region region) {

    public record Region(String name, String province, ZoneId timeZone) {
    }
}
