package id.go.spbe.platform.domain;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a {@link DomainEvent} on the wire: the CloudEvent {@code type} (e.g. {@code id.go.spbe.opd.registered.v1})
 * and the topic of its aggregate ({@code spbe.<service>.<aggregate>.v1}).
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface EventType {

    String value();

    String topic();
}
