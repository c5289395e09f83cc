package id.go.spbe.servicedesk.alerts.messaging;

import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.messaging.EventRoutes;
import id.go.spbe.servicedesk.alerts.AlertDesk;
import id.go.spbe.servicedesk.alerts.domain.DatacenterAlerts;
import org.springframework.stereotype.Component;

import static id.go.spbe.servicedesk.alerts.domain.DatacenterAlerts.BACKUP_OVERDUE;
import static id.go.spbe.servicedesk.alerts.domain.DatacenterAlerts.BACKUP_RUN_REPORTED;
import static id.go.spbe.servicedesk.alerts.domain.DatacenterAlerts.RESTORE_TEST_FAILED;
import static id.go.spbe.servicedesk.alerts.domain.DatacenterAlerts.RESTORE_TEST_RECORDED;
import static id.go.spbe.servicedesk.alerts.domain.DatacenterAlerts.SERVICE_DOWN;
import static id.go.spbe.servicedesk.alerts.domain.DatacenterAlerts.SERVICE_UP;
import static id.go.spbe.servicedesk.alerts.domain.DatacenterAlerts.VPS_EXPIRING;
import static id.go.spbe.servicedesk.alerts.domain.DatacenterAlerts.VPS_RENEWED;

/**
 * datacenter-service's alarms and their clearing (D3, D4, D6) → automatic tickets. Inbox "servicedesk-alerts-
 * datacenter"; other types on these topics are skipped; malformed data goes to the topic's dead letters.
 */
@Component
class DatacenterAlertsListener implements EventConsumer {

    static final String UPTIME = "spbe.datacenter.uptime.v1";
    static final String BACKUP = "spbe.datacenter.backup.v1";
    static final String VPS = "spbe.datacenter.vps.v1";

    private final AlertDesk desk;

    DatacenterAlertsListener(AlertDesk desk) {
        this.desk = desk;
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.consumer("servicedesk-alerts-datacenter").groupId("servicedesk-service.alerts-datacenter")
                .topics(UPTIME, BACKUP, VPS)
                .on(SERVICE_DOWN, DatacenterAlerts.ServiceDown.class,
                        (data, event) -> desk.raise(DatacenterAlerts.serviceDown(data, event.id())))
                .on(SERVICE_UP, DatacenterAlerts.ServiceUp.class,
                        (data, event) -> desk.clear(DatacenterAlerts.serviceUp(data, event.id())))
                .on(BACKUP_OVERDUE, DatacenterAlerts.BackupOverdue.class,
                        (data, event) -> desk.raise(DatacenterAlerts.backupOverdue(data, event.id())))
                .on(BACKUP_RUN_REPORTED, DatacenterAlerts.BackupRunReported.class,
                        (data, event) -> desk.clear(DatacenterAlerts.backupRunReported(data, event.id())))
                .on(RESTORE_TEST_FAILED, DatacenterAlerts.RestoreTestFailed.class,
                        (data, event) -> desk.raise(DatacenterAlerts.restoreTestFailed(data, event.id())))
                .on(RESTORE_TEST_RECORDED, DatacenterAlerts.RestoreTestRecorded.class,
                        (data, event) -> desk.clear(DatacenterAlerts.restoreTestRecorded(data, event.id())))
                .on(VPS_EXPIRING, DatacenterAlerts.VpsExpiring.class,
                        (data, event) -> desk.raise(DatacenterAlerts.vpsExpiring(data, event.id())))
                .on(VPS_RENEWED, DatacenterAlerts.VpsRenewed.class,
                        (data, event) -> desk.clear(DatacenterAlerts.vpsRenewed(data, event.id())));
    }
}
