package id.go.spbe.datacenter.site.domain;

/** What a data center of the region is for: the shared main site (D1) or the disaster-recovery site (D9). */
public enum SiteRole {
    MAIN, DISASTER_RECOVERY
}
