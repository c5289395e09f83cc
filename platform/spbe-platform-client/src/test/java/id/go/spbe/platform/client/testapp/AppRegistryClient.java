package id.go.spbe.platform.client.testapp;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import java.util.Map;

/** How a service declares another: an interface named after the service id, only the operations it needs. */
@FeignClient("app-registry-service")
public interface AppRegistryClient {

    record RemoteApplication(String id, String name, String ownerOpd) {
    }

    @GetMapping("/api/v1/applications/{id}")
    RemoteApplication application(@PathVariable("id") String id);

    @PostMapping("/api/v1/applications")
    RemoteApplication register(@RequestBody Map<String, Object> body);
}
