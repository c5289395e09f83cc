package id.go.spbe.appregistry.subdomain.domain;

import id.go.spbe.appregistry.application.domain.HostNames;
import id.go.spbe.platform.domain.RuleViolationException;

/**
 * A name the region can allocate: one DNS label directly under the region's domain. Deeper names
 * ({@code ppid.dinkes.<domain>}) are the business of whoever holds the first-level name (RL p30(3)), so the register
 * does not allocate them.
 *
 * @param label the label in canonical form, e.g. {@code simpus} or {@code xn--kln-sna}
 * @param fqdn  the full name, e.g. {@code simpus.rejanglebongkab.go.id}; the subdomain's identity
 */
public record SubdomainName(String label, String fqdn) {

    /**
     * Reads a label ({@code SIMPUS}) or a full name ({@code simpus.rejanglebongkab.go.id}) under {@code regionDomain}
     * (canonical form). Everything else is a 422 naming A10.
     */
    public static SubdomainName parse(String labelOrFqdn, String regionDomain) {
        String ascii = HostNames.toAscii(labelOrFqdn);
        if (ascii.indexOf('.') < 0) {
            return of(ascii, regionDomain);
        }
        if (ascii.equals(regionDomain)) {
            throw new RuleViolationException("A10", "'" + ascii + "' adalah domain induk daerah itu sendiri, "
                    + "bukan subdomain yang dapat dialokasikan.");
        }
        String suffix = "." + regionDomain;
        if (!ascii.endsWith(suffix)) {
            throw new RuleViolationException("A10", "URL di luar domain " + regionDomain + ": '" + ascii
                    + "'. Subdomain harus berupa satu label atau nama lengkap berakhiran " + suffix + ".");
        }
        String label = ascii.substring(0, ascii.length() - suffix.length());
        if (label.indexOf('.') >= 0) {
            throw new RuleViolationException("A10", "'" + ascii + "' lebih dari satu tingkat di bawah " + regionDomain
                    + "; yang dialokasikan hanya satu label (misalnya '" + label.substring(label.lastIndexOf('.') + 1)
                    + "'), tingkat di bawahnya dikelola pemegang subdomain.");
        }
        return of(label, regionDomain);
    }

    private static SubdomainName of(String label, String regionDomain) {
        String fqdn = label + "." + regionDomain;
        if (fqdn.length() > 253) {
            throw new RuleViolationException("A10", "Nama lengkap '" + fqdn + "' melebihi 253 karakter.");
        }
        return new SubdomainName(label, fqdn);
    }
}
