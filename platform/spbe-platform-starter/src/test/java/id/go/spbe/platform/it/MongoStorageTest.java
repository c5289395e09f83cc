package id.go.spbe.platform.it;

import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.testapp.DatedRecord;
import id.go.spbe.platform.testapp.TestApplication;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.TimeZone;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Calendar dates and decimals survive a change of the server's time zone and keep their digits. */
@SpbeIntegrationTest
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MongoStorageTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void aDateWrittenOnAWibServerReadsBackAsTheSameDayOnAUtcServer() {
        String id = UUID.randomUUID().toString();
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Jakarta"));
            mongo.insert(new DatedRecord(id, LocalDate.of(2026, 11, 20), new BigDecimal("2.6145")));
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            assertThat(mongo.findById(id, DatedRecord.class).day()).isEqualTo(LocalDate.of(2026, 11, 20));
        } finally {
            TimeZone.setDefault(original);
        }
        Document raw = mongo.findById(id, Document.class, "dated_records");
        assertThat(raw.getDate("day").toInstant()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
        assertThat(raw.get("index")).isEqualTo(Decimal128.parse("2.6145"));
    }
}
