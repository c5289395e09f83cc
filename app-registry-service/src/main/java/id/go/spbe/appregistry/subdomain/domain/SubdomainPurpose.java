package id.go.spbe.appregistry.subdomain.domain;

/**
 * What a subdomain is for (A10: "Aplikasi SPBE dan situs layanan informasi", RL p30(1); OPD websites, BT p23(2)).
 * Official e-mail uses the region's domain itself (RL p30(2)), so it is not a subdomain purpose.
 */
public enum SubdomainPurpose {
    /** The web address of a registered application. */
    APLIKASI(true),
    /** The API endpoint of a registered application, e.g. for the Sistem Penghubung Layanan. */
    LAYANAN_API(true),
    /** An OPD's information website; it may but need not be a registered application. */
    SITUS_OPD(false);

    private final boolean needsApplication;

    SubdomainPurpose(boolean needsApplication) {
        this.needsApplication = needsApplication;
    }

    /** A1: only registered applications get a subdomain, so these purposes name one. */
    public boolean needsApplication() {
        return needsApplication;
    }
}
