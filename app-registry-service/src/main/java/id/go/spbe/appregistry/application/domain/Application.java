package id.go.spbe.appregistry.application.domain;

import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An SPBE application in the region's register. Every application is a state asset whose copyright and source code
 * belong to the region (A1): registration records that ownership statement and who made it.
 */
@Document("applications")
public class Application extends AggregateRoot {

    public static final String OWNERSHIP_STATEMENT =
            "Hak cipta dan kode sumber aplikasi ini milik Pemerintah Daerah (aset negara).";

    @Id
    private String id;
    private String name;
    private String description;
    @Indexed
    private String ownerOpd;
    private ApplicationClass applicationClass;
    private List<String> userOpds;
    private ApplicationStatus status;
    private String ownershipStatement;
    private String registeredBy;
    private Instant registeredAt;

    Application() {
    }

    /**
     * Registers a new application as DRAFT.
     *
     * @param allowedClasses the classes the regulation profile allows (A2)
     */
    public static Application register(String name, String description, String ownerOpd,
            ApplicationClass applicationClass, List<String> userOpds, Set<ApplicationClass> allowedClasses,
            String registeredBy, Instant now) {
        if (!allowedClasses.contains(applicationClass)) {
            throw new RuleViolationException("A2", "Kelas aplikasi " + applicationClass
                    + " tidak dikenal oleh peraturan daerah ini; yang berlaku: " + allowedClasses + ".");
        }
        Set<String> users = new LinkedHashSet<>();
        users.add(ownerOpd);
        if (userOpds != null) {
            users.addAll(userOpds);
        }
        if (applicationClass == ApplicationClass.KHUSUS_BERBAGI_PAKAI && users.size() < 2) {
            throw new RuleViolationException("A2",
                    "Aplikasi Khusus Berbagi Pakai harus digunakan oleh sedikitnya dua OPD.");
        }
        Application app = new Application();
        app.id = UUID.randomUUID().toString();
        app.name = name.trim();
        app.description = description == null ? null : description.trim();
        app.ownerOpd = ownerOpd;
        app.applicationClass = applicationClass;
        app.userOpds = List.copyOf(users);
        app.status = ApplicationStatus.DRAFT;
        app.ownershipStatement = OWNERSHIP_STATEMENT;
        app.registeredBy = registeredBy;
        app.registeredAt = now;
        app.raise(new ApplicationRegistered(UUID.randomUUID(), now, app.id, app.name, ownerOpd, applicationClass,
                app.userOpds, app.status, now));
        return app;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String ownerOpd() {
        return ownerOpd;
    }

    public ApplicationClass applicationClass() {
        return applicationClass;
    }

    public List<String> userOpds() {
        return userOpds;
    }

    public ApplicationStatus status() {
        return status;
    }

    public String ownershipStatement() {
        return ownershipStatement;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
