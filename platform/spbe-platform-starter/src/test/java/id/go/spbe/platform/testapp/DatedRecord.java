package id.go.spbe.platform.testapp;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A plain document with a calendar date and a decimal, to check how the platform stores them. */
@Document("dated_records")
public record DatedRecord(@Id String id, LocalDate day, BigDecimal index) {
}
