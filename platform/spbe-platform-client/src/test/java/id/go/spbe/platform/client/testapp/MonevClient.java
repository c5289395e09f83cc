package id.go.spbe.platform.client.testapp;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Map;

/** Reached by the static URL in configuration (no registry entry). */
@FeignClient("monev-service")
public interface MonevClient {

    @GetMapping("/api/v1/indicators")
    Map<String, Object> indicators();
}
