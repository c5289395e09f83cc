package id.go.spbe.platform.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions.BigDecimalRepresentation;

/**
 * Storage conventions for every service's MongoDB. Dates (LocalDate, LocalDateTime) go through the driver's codecs,
 * which store them at UTC: Spring Data's default converts with the JVM's time zone, so a decree dated 2026-11-20
 * written on a WIB server would read back as 2026-11-19 on a UTC one. Decimals are stored as Decimal128 so index
 * values keep their exact digits.
 */
@AutoConfiguration(before = DataMongoAutoConfiguration.class)
@ConditionalOnClass(MongoCustomConversions.class)
public class SpbeMongoAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(adapter -> adapter.useNativeDriverJavaTimeCodecs()
                .bigDecimal(BigDecimalRepresentation.DECIMAL128));
    }
}
