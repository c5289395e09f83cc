package id.go.spbe.appregistry.application.domain;

import id.go.spbe.platform.domain.RuleViolationException;

import java.util.regex.Pattern;

/**
 * The region's own domain from the regulation profile (A10, RL p30, BT p23, MT p19): applications and OPD websites
 * live on it or on a subdomain of it. Other features inject this bean and call {@link #requireWithin(String)} on every
 * URL or host they store, so an address outside the domain is refused with 422 naming A10.
 *
 * <p>Deliberately free of other app-registry types (only the platform and the JDK), so it can move to a neutral
 * package if a feature that the subdomain feature depends on (such as applications) needs it without a cycle.
 */
public final class RegionDomain {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*$");
    private static final Pattern PORT = Pattern.compile("^[0-9]{1,5}$");

    private final String domain;

    private RegionDomain(String domain) {
        this.domain = domain;
    }

    /** The domain in canonical form; fails at start-up when the profile names an invalid one. */
    public static RegionDomain of(String domain) {
        if (domain == null || domain.isBlank()) {
            throw new IllegalStateException("spbe.regulation.applications.domain is not set");
        }
        try {
            return new RegionDomain(HostNames.toAscii(domain));
        } catch (RuleViolationException e) {
            throw new IllegalStateException("spbe.regulation.applications.domain: " + e.getMessage(), e);
        }
    }

    /** The region's domain, lower-case ASCII, e.g. {@code rejanglebongkab.go.id}. */
    public String domain() {
        return domain;
    }

    /**
     * The canonical host of {@code urlOrHost} when it is the region's domain or any subdomain of it; otherwise 422
     * (A10). Accepts full URLs ({@code https://simpus.example.go.id/path}) and bare hosts, in any case and in
     * Unicode.
     */
    public String requireWithin(String urlOrHost) {
        String host = hostOf(urlOrHost);
        if (!covers(host)) {
            throw outside(urlOrHost);
        }
        return host;
    }

    /** Whether {@code urlOrHost} is inside the domain; invalid input is outside. */
    public boolean contains(String urlOrHost) {
        try {
            return covers(hostOf(urlOrHost));
        } catch (RuleViolationException invalid) {
            return false;
        }
    }

    /** Whether a host already in canonical form is the domain or below it. */
    public boolean covers(String canonicalHost) {
        // The leading dot keeps "evilrejanglebongkab.go.id" out.
        return canonicalHost.equals(domain) || canonicalHost.endsWith("." + domain);
    }

    /**
     * The canonical host named by a URL or bare host. Userinfo, port, path, query and fragment are dropped the way
     * a browser would, so {@code https://region.go.id@evil.com/} yields {@code evil.com}.
     */
    public static String hostOf(String urlOrHost) {
        if (urlOrHost == null || urlOrHost.isBlank()) {
            throw new RuleViolationException("A10", "Alamat (URL) wajib diisi.");
        }
        String rest = urlOrHost.strip();
        if (rest.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new RuleViolationException("A10", "Alamat '" + rest + "' tidak boleh mengandung spasi.");
        }
        int schemeEnd = rest.indexOf("://");
        if (schemeEnd >= 0) {
            if (!SCHEME.matcher(rest.substring(0, schemeEnd)).matches()) {
                throw new RuleViolationException("A10", "Alamat '" + rest + "' bukan URL yang sah.");
            }
            rest = rest.substring(schemeEnd + 3);
        } else if (rest.startsWith("//")) {
            rest = rest.substring(2);
        }
        // Browsers end the authority at '\' too, so "https://evil.com\@region.go.id" is evil.com.
        int authorityEnd = firstIndexOfAny(rest, "/?#\\");
        String authority = authorityEnd < 0 ? rest : rest.substring(0, authorityEnd);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        if (authority.startsWith("[")) {
            throw new RuleViolationException("A10", "Alamat IP tidak diterima; gunakan nama subdomain.");
        }
        int colon = authority.lastIndexOf(':');
        if (colon >= 0) {
            if (!PORT.matcher(authority.substring(colon + 1)).matches()) {
                throw new RuleViolationException("A10", "Alamat '" + urlOrHost.strip() + "' bukan URL yang sah.");
            }
            authority = authority.substring(0, colon);
        }
        return HostNames.toAscii(authority);
    }

    private RuleViolationException outside(String urlOrHost) {
        return new RuleViolationException("A10", "URL di luar domain " + domain + ": '" + urlOrHost.strip()
                + "'. Aplikasi SPBE dan situs OPD wajib memakai subdomain dari " + domain + ".");
    }

    private static int firstIndexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return domain;
    }
}
