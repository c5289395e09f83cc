package id.go.spbe.appregistry.subdomain;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Settings of the subdomain register.
 *
 * @param reserved labels never allocated to an OPD, because the region's own mail, name servers, portal and
 *                 administration tools answer there (or attackers would love them to). Setting the list replaces
 *                 the defaults.
 */
@ConfigurationProperties("spbe.app-registry.subdomains")
public record SubdomainProperties(Set<String> reserved) {

    static final Set<String> DEFAULT_RESERVED = Set.of("www", "mail", "smtp", "imap", "pop", "pop3", "mx", "ns",
            "ns1", "ns2", "ns3", "dns", "ftp", "sftp", "admin", "api", "sso", "vpn", "cpanel", "whm", "webmail",
            "webdisk", "autodiscover", "autoconfig", "localhost");

    public SubdomainProperties {
        reserved = (reserved == null ? DEFAULT_RESERVED : reserved).stream()
                .map(label -> label.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }
}
