package id.go.spbe.datacenter.custody;

import id.go.spbe.datacenter.custody.domain.CustodyTarget;

import java.util.Optional;

/**
 * Who owns a system a consent names. The features that own VPS and datasets implement it, so this feature does not
 * depend on them (they depend on it, for {@link CustodyGuard}).
 */
public interface CustodyTargetDirectory {

    CustodyTarget.Kind kind();

    /** The OPD owning target {@code id}, or empty when there is no such target. */
    Optional<String> ownerOf(String id);
}
