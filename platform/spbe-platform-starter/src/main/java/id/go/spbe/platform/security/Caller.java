package id.go.spbe.platform.security;

import id.go.spbe.platform.domain.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Who is calling, as the token says: a person (through the SPA or a script) or a machine client. It is also the one
 * place that decides OPD scope (SEC1), so no service hand-writes "may this caller see OPD X":
 * <ul>
 *   <li>{@link #listScope(String)} — which OPD a list or search covers; 403 for another OPD's list, decided before
 *       any rule check so an unknown code never answers 422 to someone who may not ask;</li>
 *   <li>{@link #visible(Optional, Function)} / {@link #requireVisible(String, String, String)} — a record of an OPD
 *       the caller may not see is answered as 404, so its existence does not leak;</li>
 *   <li>{@link #requireActsFor(String)} — changes on behalf of an OPD: Dinas for every OPD, anyone else only for the
 *       OPD in the token (403).</li>
 * </ul>
 *
 * @param subject  the token subject (Keycloak user or service-account id)
 * @param username {@code preferred_username}, or the client id for machine clients
 * @param opd      the caller's OPD code from the {@code opd} claim; {@code null} when the caller belongs to none
 * @param roles    realm roles without the {@code ROLE_} prefix (see {@link Roles})
 * @param regionWide true when a role lets the caller see every OPD's records (Dinas, coordinators, auditors…)
 * @param fullName the person's name from the {@code name} claim (Keycloak joins first and last name), for documents
 *                 that name a person (a sign-off, a report); {@code null} for machine clients and nameless accounts
 */
public record Caller(String subject, String username, String opd, Set<String> roles, boolean regionWide,
        @Nullable String fullName) {

    /** A caller without a full name (machine clients, system actors, tests). */
    public Caller(String subject, String username, String opd, Set<String> roles, boolean regionWide) {
        this(subject, username, opd, roles, regionWide, null);
    }

    /** How a document names this caller: the full name when the token had one, else the username. */
    public String displayName() {
        return fullName != null ? fullName : username;
    }

    /** Whether the token carries {@code role}, one of the {@link Roles} constants. */
    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Whether records of OPD {@code opdCode} are visible to this caller: region-wide roles, or the caller's own OPD. */
    public boolean maySee(String opdCode) {
        return regionWide || (opd != null && opd.equals(opdCode));
    }

    /** Whether this caller may change records on behalf of {@code opdCode}: Dinas for every OPD, others their own. */
    public boolean mayActFor(String opdCode) {
        return hasRole(Roles.DINAS_ADMIN) || (opd != null && opd.equals(opdCode));
    }

    /**
     * The OPD a list or search of this caller covers: the requested one if the caller may see it, else the caller's
     * own OPD; {@code null} means every OPD (region-wide roles naming none).
     *
     * @throws AccessDeniedException (403) when the caller names an OPD it may not see, or has no OPD and no
     *                               region-wide role. Callers check the OPD's existence (422, G1) only afterwards.
     */
    public String listScope(String requestedOpd) {
        if (requestedOpd == null) {
            if (regionWide) {
                return null;
            }
            if (opd == null) {
                throw new AccessDeniedException("caller has no OPD and no region-wide role");
            }
            return opd;
        }
        if (!maySee(requestedOpd)) {
            throw new AccessDeniedException("caller may not see another OPD's records");
        }
        return requestedOpd;
    }

    /** The record if this caller may see the OPD owning it ({@code ownerOf}); empty otherwise, like a missing one. */
    public <T> Optional<T> visible(Optional<T> record, Function<T, String> ownerOf) {
        return record.filter(found -> maySee(ownerOf.apply(found)));
    }

    /** 404 ({@code resource} {@code id} not found) unless this caller may see records of {@code ownerOpd}. */
    public void requireVisible(String ownerOpd, String resource, String id) {
        if (!maySee(ownerOpd)) {
            throw new NotFoundException(resource, id);
        }
    }

    /** 403 unless this caller may act for {@code opdCode} (see {@link #mayActFor(String)}). */
    public void requireActsFor(String opdCode) {
        if (!mayActFor(opdCode)) {
            throw new AccessDeniedException("callers act for their own OPD only");
        }
    }
}
