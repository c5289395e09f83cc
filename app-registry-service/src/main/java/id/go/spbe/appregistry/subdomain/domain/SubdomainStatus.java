package id.go.spbe.appregistry.subdomain.domain;

/**
 * Life of one allocation of a name. Dinas sets and manages subdomains (RL p30(4)): an OPD requests, Dinas allocates
 * or refuses; a name is released when no longer used and may then be allocated again (a new generation).
 */
public enum SubdomainStatus {
    REQUESTED, ALLOCATED, REFUSED, RELEASED;

    /** Whether the name is held: a pending request reserves it as well, first come first served. */
    public boolean holdsName() {
        return this == REQUESTED || this == ALLOCATED;
    }
}
