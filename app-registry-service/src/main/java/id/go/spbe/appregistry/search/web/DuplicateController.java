package id.go.spbe.appregistry.search.web;

import id.go.spbe.appregistry.application.ApplicationAccess;
import id.go.spbe.appregistry.application.domain.Application;
import id.go.spbe.appregistry.application.domain.ApplicationStatus;
import id.go.spbe.appregistry.search.DuplicateCandidate;
import id.go.spbe.appregistry.search.DuplicateDetector;
import id.go.spbe.appregistry.search.DuplicateProperties;
import id.go.spbe.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Likely duplicates of an application for review (G5). Whoever may see the application may ask; a candidate's id
 * and status are shown only to callers who may see that candidate's record (region-wide roles: all), so an OPD
 * operator learns that another OPD has a similar application — its name, OPD and why — but not its record.
 */
@RestController
@Tag(name = "Aplikasi SPBE — duplikasi", description = "Likely duplicated applications between OPD (G5)")
class DuplicateController {

    private final ApplicationAccess access;
    private final DuplicateDetector detector;
    private final DuplicateProperties properties;

    DuplicateController(ApplicationAccess access, DuplicateDetector detector, DuplicateProperties properties) {
        this.access = access;
        this.detector = detector;
        this.properties = properties;
    }

    @GetMapping("/api/v1/applications/{id}/duplicates")
    @Operation(summary = "Likely duplicates of an application (G5)",
            description = "Applications of every OPD (sameOpd marks the application's own OPD) whose name, "
                    + "description and function domains resemble this one, best first, with a 0..1 score and the "
                    + "reasons. Decommissioned and rejected applications are left out. id and status of a candidate "
                    + "are null unless the caller may see its record.")
    DuplicatesResponse duplicates(@PathVariable String id, Caller caller) {
        Application app = access.forReading(caller, id);
        List<Candidate> candidates = detector.likelyDuplicatesOf(app).stream()
                .map(candidate -> Candidate.of(candidate, caller.maySee(candidate.ownerOpd())))
                .toList();
        return new DuplicatesResponse(app.id(), app.name(), app.ownerOpd(), properties.minScore(), candidates);
    }

    record DuplicatesResponse(String applicationId, String name, String ownerOpd, double minScore,
            List<Candidate> candidates) {
    }

    record Candidate(@Nullable String id, String name, String ownerOpd, @Nullable ApplicationStatus status,
            boolean sameOpd,
            double score, List<String> reasons) {

        static Candidate of(DuplicateCandidate candidate, boolean visible) {
            return new Candidate(visible ? candidate.id() : null, candidate.name(), candidate.ownerOpd(),
                    visible ? candidate.status() : null, candidate.sameOpd(), candidate.score(),
                    candidate.reasons());
        }
    }
}
