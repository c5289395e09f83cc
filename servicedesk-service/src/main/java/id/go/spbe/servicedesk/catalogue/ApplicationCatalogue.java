package id.go.spbe.servicedesk.catalogue;

import id.go.spbe.platform.domain.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.Optional;

/**
 * The registered applications a ticket may name (S1, A1), fed by app-registry's events: registered, status changed,
 * decommissioned. A ticket about an application that the register does not know, or that was retired, is refused.
 */
@Service
public class ApplicationCatalogue {

    private static final Logger log = LoggerFactory.getLogger(ApplicationCatalogue.class);

    private final ApplicationReferenceRepository references;

    ApplicationCatalogue(ApplicationReferenceRepository references) {
        this.references = references;
    }

    public Optional<ApplicationReference> find(String id) {
        return id == null ? Optional.empty() : references.findById(id);
    }

    /** The application a ticket names: it must be registered and not decommissioned (422 S1). */
    public ApplicationReference requireInService(String id) {
        ApplicationReference app = find(id).orElseThrow(() -> new RuleViolationException("S1",
                "Aplikasi '" + id + "' tidak terdaftar di register aplikasi SPBE."));
        if (app.decommissioned()) {
            throw new RuleViolationException("S1", "Aplikasi " + app.name() + " sudah dihentikan (decommissioned).");
        }
        return app;
    }

    /** Applies an event's state unless a newer one was applied already (redeliveries change nothing). */
    public void record(String id, String name, String ownerOpd, String status, boolean decommissioned,
            Instant asOf) {
        Optional<ApplicationReference> known = references.findById(id);
        if (known.isPresent() && known.get().asOf() != null && known.get().asOf().isAfter(asOf)) {
            log.debug("Ignoring an older event for application {}", id);
            return;
        }
        String keptName = name != null ? name : known.map(ApplicationReference::name).orElse(id);
        references.save(new ApplicationReference(id, keptName, ownerOpd, status, decommissioned, asOf));
    }
}
