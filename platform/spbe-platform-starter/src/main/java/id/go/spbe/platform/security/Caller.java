package id.go.spbe.platform.security;

import java.util.Set;

/**
 * Who is calling, as the token says: a person (through the SPA or a script) or a machine client.
 *
 * @param subject  the token subject (Keycloak user or service-account id)
 * @param username {@code preferred_username}, or the client id for machine clients
 * @param opd      the caller's OPD code from the {@code opd} claim; {@code null} when the caller belongs to none
 * @param roles    realm roles without the {@code ROLE_} prefix
 * @param regionWide true when a role lets the caller see every OPD's records (Dinas, coordinators, auditors…)
 */
public record Caller(String subject, String username, String opd, Set<String> roles, boolean regionWide) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Whether records of OPD {@code opdCode} are visible to this caller: region-wide roles, or the caller's own OPD. */
    public boolean maySee(String opdCode) {
        return regionWide || (opd != null && opd.equals(opdCode));
    }
}
