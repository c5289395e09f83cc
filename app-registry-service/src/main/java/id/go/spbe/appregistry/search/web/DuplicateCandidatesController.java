package id.go.spbe.appregistry.search.web;

import id.go.spbe.appregistry.application.domain.FunctionDomain;
import id.go.spbe.appregistry.search.DuplicateDetector;
import id.go.spbe.appregistry.search.DuplicateProperties;
import id.go.spbe.appregistry.search.web.DuplicateController.Candidate;
import id.go.spbe.platform.problem.InvalidRequestException;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;

/**
 * Likely duplicates of an application while its registration form is still being filled in (G5), so the operator
 * sees another OPD's similar application before registering a second one. Same detector and same visibility as the
 * screening of a registration: ids and status only of records the caller may see.
 */
@RestController
@Tag(name = "Aplikasi SPBE — duplikasi", description = "Likely duplicated applications between OPD (G5)")
class DuplicateCandidatesController {

    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 4000;

    private final DuplicateDetector detector;
    private final DuplicateProperties properties;

    DuplicateCandidatesController(DuplicateDetector detector, DuplicateProperties properties) {
        this.detector = detector;
        this.properties = properties;
    }

    @GetMapping("/api/v1/applications/duplicate-candidates")
    @RolesAllowed({Roles.OPD_OPERATOR, Roles.DINAS_ADMIN})
    @Operation(summary = "Likely duplicates of an application not registered yet (G5)",
            description = "For the registration form: name (required, at most 200 characters), optional description "
                    + "(at most 4000) and functionDomain (repeatable). Applications of every OPD, best first, scored "
                    + "as a registration is. sameOpd is relative to ownerOpd (Dinas) or the caller's OPD. id and "
                    + "status of a candidate are null unless the caller may see its record. Nothing is stored.")
    DuplicateCandidatesResponse duplicateCandidates(@RequestParam String name,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) Set<FunctionDomain> functionDomain,
            @RequestParam(required = false) String ownerOpd, Caller caller) {
        String trimmed = name.trim();
        if (trimmed.isEmpty()) {
            throw new InvalidRequestException("name", "name wajib diisi.");
        }
        if (trimmed.length() > MAX_NAME) {
            throw new InvalidRequestException("name", "name paling panjang " + MAX_NAME + " karakter.");
        }
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new InvalidRequestException("description",
                    "description paling panjang " + MAX_DESCRIPTION + " karakter.");
        }
        String owner = caller.hasRole(Roles.DINAS_ADMIN) && ownerOpd != null && !ownerOpd.isBlank() ? ownerOpd
                : caller.opd();
        List<Candidate> candidates = detector.likelyDuplicatesOfDraft(trimmed,
                        description == null || description.isBlank() ? null : description.trim(),
                        functionDomain, owner).stream()
                .map(candidate -> Candidate.of(candidate, caller.maySee(candidate.ownerOpd())))
                .toList();
        return new DuplicateCandidatesResponse(properties.minScore(), candidates);
    }

    record DuplicateCandidatesResponse(double minScore, List<Candidate> candidates) {
    }
}
