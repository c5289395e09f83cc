package id.go.spbe.datacenter.vps.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An OS image of the configured catalogue ({@code spbe.datacenter.vps.os-images}); anything else is a 400. */
@Documented
@Constraint(validatedBy = OsImageValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@interface OsImage {

    String message() default "bukan image sistem operasi dari katalog Pusat Data";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
