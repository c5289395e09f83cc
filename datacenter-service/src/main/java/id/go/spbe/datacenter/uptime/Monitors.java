package id.go.spbe.datacenter.uptime;

import id.go.spbe.datacenter.application.ApplicationReferences;
import id.go.spbe.datacenter.uptime.domain.MaintenanceWindow;
import id.go.spbe.datacenter.uptime.domain.Monitor;
import id.go.spbe.datacenter.uptime.domain.ProbeTarget;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.platform.problem.InvalidRequestException;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;

/**
 * Uptime monitors (D3), configured by Dinas or by the hosting OPD for its own services. The target is validated
 * (only http, https, tcp; host and port) and, when an application is named, it must be the OPD's and in the register
 * (A1).
 */
@Service
public class Monitors {

    /** The configuration of a monitor as a form gives it. */
    public record Settings(String name, String target, String applicationId, int intervalSeconds,
            int failureThreshold, BigDecimal sloPercent) {
    }

    private final MonitorRepository monitors;
    private final ApplicationReferences applications;
    private final OpdReferences opds;
    private final Clock clock;

    Monitors(MonitorRepository monitors, ApplicationReferences applications, OpdReferences opds, Clock clock) {
        this.monitors = monitors;
        this.applications = applications;
        this.opds = opds;
        this.clock = clock;
    }

    public Monitor configure(Caller caller, String requestedOpd, Settings settings) {
        String opd = requestedOpd != null ? requestedOpd : caller.opd();
        if (opd == null) {
            throw new InvalidRequestException("opd", "opd wajib diisi: pemohon tidak terikat pada satu OPD.");
        }
        caller.requireActsFor(opd);
        opds.requireKnown(opd);
        ProbeTarget target = ProbeTarget.parse("target", settings.target());
        String applicationId = application(settings.applicationId(), opd);
        return monitors.insert(Monitor.configure(opd, settings.name(), applicationId, target,
                settings.intervalSeconds(), settings.failureThreshold(), settings.sloPercent(), caller.username(),
                clock.instant()));
    }

    public Monitor reconfigure(Caller caller, String id, Settings settings, boolean active, String ifMatch) {
        Monitor monitor = manage(caller, id);
        ETags.checkIfMatch(ifMatch, monitor.settingsRevision());
        ProbeTarget target = ProbeTarget.parse("target", settings.target());
        String applicationId = application(settings.applicationId(), monitor.opd());
        monitor.reconfigure(settings.name(), applicationId, target, settings.intervalSeconds(),
                settings.failureThreshold(), settings.sloPercent(), active, caller.username(), clock.instant());
        return monitors.save(monitor);
    }

    public MaintenanceWindow planMaintenance(Caller caller, String id, Instant from, Instant until, String reason,
            String ifMatch) {
        Monitor monitor = manage(caller, id);
        ETags.checkIfMatch(ifMatch, monitor.settingsRevision());
        MaintenanceWindow window = monitor.planMaintenance(from, until, reason, caller.username(), clock.instant());
        monitors.save(monitor);
        return window;
    }

    public Monitor get(Caller caller, String id) {
        return caller.visible(monitors.findById(id), Monitor::opd)
                .orElseThrow(() -> new NotFoundException("Monitor", id));
    }

    public Page<Monitor> list(Caller caller, String opd, Boolean active, Pageable page) {
        String scope = caller.listScope(opd);
        if (scope != null) {
            opds.requireKnown(scope);
            return active == null ? monitors.findByOpd(scope, page) : monitors.findByOpdAndActive(scope, active, page);
        }
        return active == null ? monitors.findAll(page) : monitors.findByActive(active, page);
    }

    /** The monitor, if the caller may change it: the owner OPD's operator or Dinas (others 403, unseen 404). */
    private Monitor manage(Caller caller, String id) {
        Monitor monitor = get(caller, id);
        boolean owner = caller.hasRole(Roles.OPD_OPERATOR) && monitor.opd().equals(caller.opd());
        if (!owner && !caller.hasRole(Roles.DINAS_ADMIN)) {
            throw new AccessDeniedException("only the owner OPD or Dinas configures a monitor");
        }
        return monitor;
    }

    private String application(String applicationId, String opd) {
        return applicationId == null || applicationId.isBlank() ? null
                : applications.requireHostableFor(applicationId, opd).id();
    }
}
