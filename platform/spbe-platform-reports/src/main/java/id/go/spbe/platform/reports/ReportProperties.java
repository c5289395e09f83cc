package id.go.spbe.platform.reports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * PDF reports, {@code spbe.reports.*}.
 *
 * @param templates classpath folder of the service's report templates ({@code <name>.html}, Thymeleaf, XHTML)
 * @param locale    language tag for dates and numbers (Bahasa Indonesia by default)
 * @param pdfA      write PDF/A-3u (embedded fonts, sRGB output intent, XMP metadata) so reports can be archived
 * @param signing   optional PAdES signature of every report
 */
@ConfigurationProperties("spbe.reports")
public record ReportProperties(@DefaultValue("reports/") String templates, @DefaultValue("id-ID") String locale,
        @DefaultValue("true") boolean pdfA, @DefaultValue Signing signing) {

    /**
     * The signing key: a PKCS#12 keystore (e.g. the BSrE-issued certificate of the official or of the service).
     *
     * @param keystore      location ({@code file:}, {@code classpath:}); unset means reports are not signed
     * @param password      keystore password (from a secret, never committed)
     * @param alias         key entry; the first key entry when unset
     * @param visible       draw a signature box with the signer and time on the last page
     * @param reason        the /Reason of the signature
     * @param location      the /Location of the signature, e.g. the region's name
     */
    public record Signing(String keystore, String password, String alias, @DefaultValue("false") boolean visible,
            @DefaultValue("Laporan resmi SPBE") String reason, String location) {

        public boolean enabled() {
            return keystore != null && !keystore.isBlank();
        }
    }
}
