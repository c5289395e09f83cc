package id.go.spbe.servicedesk.alerts.messaging;

import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.messaging.EventRoutes;
import id.go.spbe.servicedesk.alerts.AlertDesk;
import id.go.spbe.servicedesk.alerts.domain.NetworkAlerts;
import org.springframework.stereotype.Component;

import java.time.Clock;

import static id.go.spbe.servicedesk.alerts.domain.NetworkAlerts.INSPECTION_FINDING_OPENED;
import static id.go.spbe.servicedesk.alerts.domain.NetworkAlerts.INSPECTION_FINDING_RESOLVED;
import static id.go.spbe.servicedesk.alerts.domain.NetworkAlerts.LAN_DIAGRAM_ACCEPTED;
import static id.go.spbe.servicedesk.alerts.domain.NetworkAlerts.LAN_DIAGRAM_OVERDUE;

/** network-service's alarms and their clearing (N5, N6) → automatic tickets. Inbox "servicedesk-alerts-network". */
@Component
class NetworkAlertsListener implements EventConsumer {

    static final String LAN_DIAGRAM = "spbe.network.lan-diagram.v1";
    static final String INSPECTION = "spbe.network.inspection.v1";

    private final AlertDesk desk;
    private final Clock clock;

    NetworkAlertsListener(AlertDesk desk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.consumer("servicedesk-alerts-network").groupId("servicedesk-service.alerts-network")
                .topics(LAN_DIAGRAM, INSPECTION)
                .on(LAN_DIAGRAM_OVERDUE, NetworkAlerts.LanDiagramOverdue.class,
                        (data, event) -> desk.raise(NetworkAlerts.lanDiagramOverdue(data, event.id())))
                .on(LAN_DIAGRAM_ACCEPTED, NetworkAlerts.LanDiagramAccepted.class,
                        (data, event) -> desk.clear(NetworkAlerts.lanDiagramAccepted(data, event.id())))
                .on(INSPECTION_FINDING_OPENED, NetworkAlerts.InspectionFindingOpened.class,
                        (data, event) -> desk.raise(NetworkAlerts.inspectionFindingOpened(data, event.id(),
                                clock.instant())))
                .on(INSPECTION_FINDING_RESOLVED, NetworkAlerts.InspectionFindingResolved.class,
                        (data, event) -> desk.clear(NetworkAlerts.inspectionFindingResolved(data, event.id())));
    }
}
