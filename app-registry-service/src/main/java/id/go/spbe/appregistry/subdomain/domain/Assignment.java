package id.go.spbe.appregistry.subdomain.domain;

/**
 * Whom a name is allocated to and why.
 *
 * @param purpose       what the name is for
 * @param applicationId the registered application it serves; required for {@link SubdomainPurpose#needsApplication()}
 * @param ownerOpd      the OPD responsible for what runs on it (RL p30(3)): the application's owner, or the OPD whose
 *                      website it is
 */
public record Assignment(SubdomainPurpose purpose, String applicationId, String ownerOpd) {
}
