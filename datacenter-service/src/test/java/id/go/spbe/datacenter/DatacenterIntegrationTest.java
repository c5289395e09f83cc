package id.go.spbe.datacenter;

import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.time.MutableClock;
import org.springframework.context.annotation.Import;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one configuration every integration test of this service uses, so they share one Spring context: the full
 * service on the shared broker and wire server, with a {@link MutableClock} the scheduled work is driven by.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
public @interface DatacenterIntegrationTest {
}
