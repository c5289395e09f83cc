package id.go.spbe.servicedesk.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whom the monthly supervision report (S4) is addressed to: {@code spbe.regulation.servicedesk.report-to} of the
 * active profile. The regulations have Dinas coordinate and supervise the desks (RL p46(11), BT p41(11)) and name no
 * other recipient, so the profiles name the head of Dinas; without the key the report goes to the same.
 */
@ConfigurationProperties("spbe.regulation.servicedesk")
public record SupervisionRegulation(String reportTo) {

    static final String HEAD_OF_DINAS = "Kepala Dinas Komunikasi dan Informatika";

    public SupervisionRegulation {
        reportTo = reportTo == null || reportTo.isBlank() ? HEAD_OF_DINAS : reportTo.trim();
    }
}
