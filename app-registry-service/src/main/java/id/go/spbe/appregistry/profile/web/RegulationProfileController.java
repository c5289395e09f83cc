package id.go.spbe.appregistry.profile.web;

import id.go.spbe.appregistry.application.ApplicationRules;
import id.go.spbe.appregistry.application.domain.ApplicationClass;
import id.go.spbe.appregistry.application.domain.DocumentKind;
import id.go.spbe.appregistry.opd.GovernanceRules;
import id.go.spbe.platform.profile.RegionProfile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The active regulation profile as far as the SPA needs it to offer only what the regulation allows (A2 classes,
 * A7 documents, G2/G3 governance). Signed-in callers only: the gateway routes just {@code /api/v1/public/applications}
 * of this service without a token, and every screen that uses it is behind sign-in. The server still decides.
 */
@RestController
@Tag(name = "Profil regulasi", description = "The region's regulation profile the SPA adapts its forms to")
class RegulationProfileController {

    /** The profile only changes with a restart; browsers may keep it a few minutes. */
    static final CacheControl CACHE = CacheControl.maxAge(Duration.ofSeconds(300)).cachePrivate();

    private final RegulationProfile profile;

    RegulationProfileController(RegionProfile region, ApplicationRules applications, GovernanceRules governance) {
        this.profile = RegulationProfile.of(region, applications, governance);
    }

    @GetMapping("/api/v1/regulation-profile")
    @Operation(summary = "The active regulation profile (any signed-in role)",
            description = "Region, allowed application classes (A2), documents required before hand-over (A7) and "
                    + "who decides Mandiri TIK designations on which criteria (G3). No personal data.")
    ResponseEntity<RegulationProfile> regulationProfile() {
        return ResponseEntity.ok().cacheControl(CACHE).body(profile);
    }

    record RegulationProfile(String id, String regulation, RegulationRegion region,
            RegulationApplications applications, RegulationGovernance governance) {

        static RegulationProfile of(RegionProfile region, ApplicationRules applications, GovernanceRules governance) {
            RegionProfile.Region r = region.region();
            return new RegulationProfile(region.id(), region.regulation(),
                    new RegulationRegion(r.name(), r.province(), r.timeZone() == null ? null : r.timeZone().getId()),
                    new RegulationApplications(applications.domain(), inDeclarationOrder(applications.classes()),
                            applications.requiredDocuments() == null ? List.of()
                                    : List.copyOf(applications.requiredDocuments()),
                            applications.signedDocumentsRequired()),
                    new RegulationGovernance(governance.body(), governance.chair(), governance.mandiriTikDecidedBy(),
                            governance.mandiriTikCriteria() == null ? List.of()
                                    : List.copyOf(governance.mandiriTikCriteria())));
        }

        /** A stable order for the form's options, whatever order the profile lists them in. */
        private static List<ApplicationClass> inDeclarationOrder(Set<ApplicationClass> classes) {
            return Arrays.stream(ApplicationClass.values()).filter(c -> classes != null && classes.contains(c))
                    .toList();
        }
    }

    record RegulationRegion(String name, @Nullable String province, @Nullable String timeZone) {
    }

    record RegulationApplications(String domain, List<ApplicationClass> classes, List<DocumentKind> requiredDocuments,
            boolean signedDocumentsRequired) {
    }

    record RegulationGovernance(@Nullable String body, @Nullable String chair, String mandiriTikDecidedBy,
            List<String> mandiriTikCriteria) {
    }
}
