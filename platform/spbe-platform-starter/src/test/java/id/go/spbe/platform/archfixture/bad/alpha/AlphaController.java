package id.go.spbe.platform.archfixture.bad.alpha;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

/** Fixture: endpoints requiring misspelt roles, which would lock every caller out. */
@RestController
class AlphaController {

    @RolesAllowed("DINAS_ADMN")
    void allocate() {
    }

    @PreAuthorize("hasAnyRole('DINAS_ADMIN','AUDITR')")
    void history() {
    }
}
