package id.go.spbe.network.wan.domain;

import java.time.LocalDate;

/** The contract a circuit is provided under. */
public record Contract(String number, LocalDate startDate, LocalDate endDate) {
}
