package id.go.spbe.platform.client.testapp;

import id.go.spbe.platform.openapi.ProblemResponses;
import id.go.spbe.platform.client.RemoteNotFoundException;
import id.go.spbe.platform.domain.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Uses the client while serving a user: the user's token travels on, a remote 404 becomes this service's 404. */
@RestController
class RemoteApplicationController {

    private final AppRegistryClient registry;

    RemoteApplicationController(AppRegistryClient registry) {
        this.registry = registry;
    }

    @GetMapping("/api/v1/test/remote-applications/{id}")
    @ProblemResponses({502}) // the remote service answered an error this one does not translate
    AppRegistryClient.RemoteApplication get(@PathVariable String id) {
        try {
            return registry.application(id);
        } catch (RemoteNotFoundException e) {
            throw new NotFoundException("application", id);
        }
    }
}
