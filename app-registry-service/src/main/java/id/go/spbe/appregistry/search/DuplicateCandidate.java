package id.go.spbe.appregistry.search;

import id.go.spbe.appregistry.application.domain.ApplicationStatus;

import java.util.List;

/**
 * An application that likely duplicates another's function (G5).
 *
 * @param sameOpd whether it belongs to the OPD of the application screened
 * @param score   similarity 0..1 (1: same name words, same description and same function domains)
 * @param reasons what is alike, in Bahasa Indonesia, for the reviewer
 */
public record DuplicateCandidate(String id, String name, String ownerOpd, ApplicationStatus status, boolean sameOpd,
        double score, List<String> reasons) {
}
