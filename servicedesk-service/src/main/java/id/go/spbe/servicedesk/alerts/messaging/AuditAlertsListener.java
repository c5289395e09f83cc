package id.go.spbe.servicedesk.alerts.messaging;

import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.messaging.EventRoutes;
import id.go.spbe.servicedesk.alerts.AlertDesk;
import id.go.spbe.servicedesk.alerts.domain.AuditAlerts;
import org.springframework.stereotype.Component;

import java.time.Clock;

import static id.go.spbe.servicedesk.alerts.domain.AuditAlerts.ASSESSMENT_FINDING_OPENED;
import static id.go.spbe.servicedesk.alerts.domain.AuditAlerts.ASSESSMENT_FINDING_RESOLVED;
import static id.go.spbe.servicedesk.alerts.domain.AuditAlerts.CERTIFICATE_EXPIRING;
import static id.go.spbe.servicedesk.alerts.domain.AuditAlerts.FINDING_CLOSED;
import static id.go.spbe.servicedesk.alerts.domain.AuditAlerts.FINDING_OPENED;

/**
 * audit-service's alarms and their clearing (AU7–AU9, with AU8's security-assessment findings) → automatic tickets.
 * Inbox "servicedesk-alerts-audit"; the assessment topic's other types (planned, completed, cancelled) are ignored.
 */
@Component
class AuditAlertsListener implements EventConsumer {

    static final String FINDING = "spbe.audit.finding.v1";
    static final String CERTIFICATE = "spbe.audit.certificate.v1";
    static final String ASSESSMENT = "spbe.audit.assessment.v1";

    private final AlertDesk desk;
    private final Clock clock;

    AuditAlertsListener(AlertDesk desk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.consumer("servicedesk-alerts-audit").groupId("servicedesk-service.alerts-audit")
                .topics(FINDING, CERTIFICATE, ASSESSMENT)
                .on(FINDING_OPENED, AuditAlerts.FindingOpened.class,
                        (data, event) -> desk.raise(AuditAlerts.findingOpened(data, event.id(), clock.instant())))
                .on(FINDING_CLOSED, AuditAlerts.FindingClosed.class,
                        (data, event) -> desk.clear(AuditAlerts.findingClosed(data, event.id())))
                .on(CERTIFICATE_EXPIRING, AuditAlerts.CertificateExpiring.class,
                        (data, event) -> desk.raise(AuditAlerts.certificateExpiring(data, event.id())))
                .on(ASSESSMENT_FINDING_OPENED, AuditAlerts.AssessmentFindingOpened.class, (data, event) -> desk
                        .raise(AuditAlerts.assessmentFindingOpened(data, event.id(), clock.instant())))
                .on(ASSESSMENT_FINDING_RESOLVED, AuditAlerts.AssessmentFindingResolved.class,
                        (data, event) -> desk.clear(AuditAlerts.assessmentFindingResolved(data, event.id())));
    }
}
