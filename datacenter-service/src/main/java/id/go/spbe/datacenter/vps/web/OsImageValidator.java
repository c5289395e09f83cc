package id.go.spbe.datacenter.vps.web;

import id.go.spbe.datacenter.vps.VpsRequests;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link OsImage} against the catalogue the service is configured with. */
class OsImageValidator implements ConstraintValidator<OsImage, String> {

    private final VpsRequests requests;

    OsImageValidator(VpsRequests requests) {
        this.requests = requests;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || requests.offersOsImage(value);
    }
}
