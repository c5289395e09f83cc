package id.go.spbe.appregistry.application.domain;

import id.go.spbe.platform.domain.RuleViolationException;

import java.net.IDN;
import java.net.URI;
import java.util.Locale;

/** A10: applications live on the region's domain or one of its subdomains (RL p30, BT p23, MT p19). */
public final class RegionalUrl {

    private RegionalUrl() {
    }

    /** The lower-case host of {@code url} if it is an http(s) URL on {@code domain}; otherwise a 422 citing A10. */
    public static String requireWithin(String url, String domain) {
        String host = hostOf(url);
        String region = IDN.toASCII(domain.trim().toLowerCase(Locale.ROOT));
        if (host == null || !(host.equals(region) || host.endsWith("." + region))) {
            throw new RuleViolationException("A10", "Alamat " + url + " berada di luar domain pemerintah daerah ("
                    + region + "); aplikasi wajib menggunakan subdomain " + region + ".");
        }
        return host;
    }

    private static String hostOf(String url) {
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
                    || uri.getHost() == null || uri.getUserInfo() != null) {
                return null;
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            return IDN.toASCII(host.endsWith(".") ? host.substring(0, host.length() - 1) : host);
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
