package id.go.spbe.audit.auditor.domain;

/**
 * What Dinas records about an auditor.
 *
 * @param username    the auditor's login (Keycloak {@code preferred_username}): assigned auditors see their audits
 * @param homeOpd     the OPD an internal auditor works in (independence: never audits it); optional for external
 * @param decree      required for the internal team (AU3)
 * @param certificate required for external auditors and bodies (AU3); optional for internal auditors
 */
public record AuditorDetails(AuditorType type, String name, String username, String homeOpd, Decree decree,
        Certificate certificate) {
}
