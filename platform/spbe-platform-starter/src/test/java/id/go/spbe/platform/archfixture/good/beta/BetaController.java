package id.go.spbe.platform.archfixture.good.beta;

import id.go.spbe.platform.archfixture.good.alpha.AlphaRegister;
import id.go.spbe.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

/** Fixture: another feature going through alpha's public class, requiring known roles. */
@RestController
@RolesAllowed({Roles.DINAS_ADMIN, Roles.OPD_OPERATOR})
class BetaController {

    private final AlphaRegister alphas;

    BetaController(AlphaRegister alphas) {
        this.alphas = alphas;
    }

    @PreAuthorize("hasRole('AUDITOR')")
    void audit() {
    }
}
