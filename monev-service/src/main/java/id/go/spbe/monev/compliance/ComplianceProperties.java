package id.go.spbe.monev.compliance;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * SEC4 from the profile ({@code spbe.regulation.compliance.deadline}): the date by which systems that ran before the
 * regulation must comply. Only Samarinda's regulation sets one (SM p36: two years after 17 May 2018); an empty value
 * means the region's regulation sets none.
 */
@ConfigurationProperties("spbe.regulation.compliance")
public record ComplianceProperties(String deadline) {

    public ComplianceProperties {
        if (deadline != null && !deadline.isBlank()) {
            try {
                LocalDate.parse(deadline.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("spbe.regulation.compliance.deadline must be an ISO date (yyyy-MM-dd)"
                        + " or empty: " + deadline, e);
            }
        }
    }

    public Optional<LocalDate> deadlineDate() {
        return deadline == null || deadline.isBlank() ? Optional.empty()
                : Optional.of(LocalDate.parse(deadline.strip()));
    }
}
