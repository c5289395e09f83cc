package id.go.spbe.monev.framework.domain;

import java.math.BigDecimal;

/** One row of a predicate table: [minInclusive, maxExclusive); the top band's max is inclusive (e.g. 4.20–5.00). */
public record PredicateBand(BigDecimal minInclusive, BigDecimal maxExclusive, String predicate) {
}
