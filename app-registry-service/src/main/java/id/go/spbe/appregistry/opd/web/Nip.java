package id.go.spbe.appregistry.opd.web;

import id.go.spbe.appregistry.opd.domain.OpdHead;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A civil servant's NIP: 18 digits with a real birth date, appointment month and sex digit (null is left to @NotBlank). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Nip.Validator.class)
@interface Nip {

    String message() default "NIP harus 18 digit: tanggal lahir (yyyyMMdd), TMT CPNS (yyyyMM), jenis kelamin (1/2), "
            + "nomor urut";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Nip, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || OpdHead.isValidNip(value);
        }
    }
}
