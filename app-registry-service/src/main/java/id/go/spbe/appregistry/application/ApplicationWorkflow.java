package id.go.spbe.appregistry.application;

import id.go.spbe.appregistry.application.domain.Application;
import id.go.spbe.appregistry.application.domain.ConformanceReview;
import id.go.spbe.appregistry.application.domain.DocumentKind;
import id.go.spbe.appregistry.application.domain.DocumentVersion;
import id.go.spbe.appregistry.application.domain.SdlcStage;
import id.go.spbe.appregistry.application.domain.TestResult;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The workflow steps of an application (A3–A9, A11, SEC3). Each step is authorised here by role and OPD, decided by
 * the aggregate, and saved with its event and history entry in one write. {@code ifMatch} is optional; when given,
 * a stale ETag is a 412.
 */
@Service
public class ApplicationWorkflow {

    private final ApplicationRepository applications;
    private final ApplicationAccess access;
    private final ApplicationRules rules;
    private final Clock clock;

    public ApplicationWorkflow(ApplicationRepository applications, ApplicationAccess access, ApplicationRules rules,
            Clock clock) {
        this.applications = applications;
        this.access = access;
        this.rules = rules;
        this.clock = clock;
    }

    public Application submit(Caller caller, String id, String ifMatch) {
        return asOwnerOrDinas(caller, id, ifMatch, app -> app.submit(caller.username(), now()));
    }

    public Application considerClosedSource(Caller caller, String id, String consideration, String ifMatch) {
        return asDinas(caller, id, ifMatch, app -> app.considerClosedSource(consideration, caller.username(), now()));
    }

    /** A3/A4: Dinas recommends; a consideration sent along is recorded first (closed source, A4). */
    public Application recommend(Caller caller, String id, String note, String closedSourceConsideration,
            String ifMatch) {
        return asDinas(caller, id, ifMatch, app -> {
            Instant now = now();
            if (closedSourceConsideration != null && !closedSourceConsideration.isBlank()) {
                app.considerClosedSource(closedSourceConsideration, caller.username(), now);
            }
            app.recommend(note, caller.username(), now);
        });
    }

    public Application reject(Caller caller, String id, String reason, String ifMatch) {
        return asDinas(caller, id, ifMatch, app -> app.reject(reason, caller.username(), now()));
    }

    public Application deposit(Caller caller, String id, String ifMatch) {
        return asOwnerOrDinas(caller, id, ifMatch, app -> app.deposit(rules.policy(), caller.username(), now()));
    }

    public Application activate(Caller caller, String id, String ifMatch) {
        return asDinas(caller, id, ifMatch, app -> app.activate(caller.username(), now()));
    }

    public Application decommission(Caller caller, String id, String reason, String ifMatch) {
        return asOwnerOrDinas(caller, id, ifMatch, app -> app.decommission(reason, caller.username(), now()));
    }

    public Application changeStage(Caller caller, String id, SdlcStage stage, String reason, String ifMatch) {
        return asOwnerOrDinas(caller, id, ifMatch,
                app -> app.changeStage(stage, reason, caller.hasRole(Roles.DINAS_ADMIN), caller.username(), now()));
    }

    public TestResult recordTestResult(Caller caller, String id, TestResult.Kind kind, LocalDate testedOn,
            boolean passed, String summary, String reportFileId) {
        Application app = access.forEditing(caller, id);
        TestResult recorded = app.recordTestResult(kind, testedOn, passed, summary, reportFileId, caller.username(),
                now());
        applications.save(app);
        return recorded;
    }

    public ConformanceReview recordConformanceReview(Caller caller, String id, ConformanceReview.Result result,
            LocalDate reviewedOn, String notes) {
        Application app = dinasReading(caller, id);
        ConformanceReview recorded = app.recordConformanceReview(result, reviewedOn, notes, caller.username(), now());
        applications.save(app);
        return recorded;
    }

    /** A11: the coordination team (governance body) approves use of one application by several OPD. */
    public Application approveSharedUse(Caller caller, String id, String note, String ifMatch) {
        if (!caller.hasRole(Roles.COORDINATOR)) {
            throw new AccessDeniedException("shared use is approved by the coordination team");
        }
        Application app = access.forReading(caller, id);
        ETags.checkIfMatch(ifMatch, app.version());
        app.approveSharedUse(note, caller.username(), now());
        return applications.save(app);
    }

    /** A7/A8/SEC3: records a stored, checked file as the next version of its kind. */
    public DocumentVersion addDocument(Caller caller, Application app, DocumentKind kind, String fileId,
            String filename, String contentType, long sizeBytes, String sha256, DocumentVersion.Signature signature) {
        if (!ApplicationAccess.mayEdit(caller, app)) {
            throw new AccessDeniedException("only the owner OPD or Dinas deposits documents");
        }
        DocumentVersion added = app.addDocument(kind, fileId, filename, contentType, sizeBytes, sha256, signature,
                rules.policy(), caller.username(), now());
        applications.save(app);
        return added;
    }

    private Application asOwnerOrDinas(Caller caller, String id, String ifMatch, Consumer<Application> step) {
        Application app = access.forEditing(caller, id);
        ETags.checkIfMatch(ifMatch, app.version());
        step.accept(app);
        return applications.save(app);
    }

    private Application asDinas(Caller caller, String id, String ifMatch, Consumer<Application> step) {
        Application app = dinasReading(caller, id);
        ETags.checkIfMatch(ifMatch, app.version());
        step.accept(app);
        return applications.save(app);
    }

    private Application dinasReading(Caller caller, String id) {
        Application app = access.forReading(caller, id);
        if (!caller.hasRole(Roles.DINAS_ADMIN)) {
            throw new AccessDeniedException("only Dinas takes this step");
        }
        return app;
    }

    private Instant now() {
        return clock.instant();
    }
}
