package id.go.spbe.datacenter.custody;

import id.go.spbe.datacenter.custody.domain.CustodyAction;
import id.go.spbe.datacenter.custody.domain.CustodyTarget;

import java.time.Instant;
import java.util.List;

/**
 * In-process notice that someone outside the owner OPD asked to act on its data ({@code allowed}, under
 * {@code consentId} when the region requires one), or was refused (D7). The dataset register logs it on the datasets
 * of the systems named (D8), so the owner OPD sees every custody action on its data.
 */
public record CustodyActionTaken(String ownerOpd, CustodyAction action, List<CustodyTarget> systems, String actor,
        String actorOpd, boolean allowed, String consentId, Instant at) {
}
