package id.go.spbe.appregistry.application;

import id.go.spbe.appregistry.application.domain.Application;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Applications by id for the other features (catalogue, search, integrations, subdomains), which decide what a
 * caller may see themselves. The repository stays inside this feature (architecture rule), so every read from
 * outside goes through here and can be found.
 */
@Component
public class ApplicationRecords {

    private final ApplicationRepository applications;

    ApplicationRecords(ApplicationRepository applications) {
        this.applications = applications;
    }

    public Optional<Application> findById(String id) {
        return applications.findById(id);
    }

    public List<Application> findAllById(Iterable<String> ids) {
        return applications.findAllById(ids);
    }
}
