package id.go.spbe.platform.testapp;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** A POST that waits for the test to release it (to have a request in flight), and one that fails once with 500. */
@RestController
public class SlowController {

    public static final AtomicReference<CountDownLatch> GATE = new AtomicReference<>(new CountDownLatch(0));
    public static final AtomicInteger FAILURES_LEFT = new AtomicInteger();
    public static final AtomicInteger CALLS = new AtomicInteger();

    @PostMapping("/api/v1/test/slow")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Map<String, String>> slow(@RequestBody Map<String, String> body) throws InterruptedException {
        CALLS.incrementAndGet();
        if (!GATE.get().await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("gate never opened");
        }
        if (FAILURES_LEFT.getAndDecrement() > 0) {
            throw new IllegalStateException("transient failure");
        }
        String id = UUID.randomUUID().toString();
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/test/slow/" + id))
                .body(Map.of("id", id, "echo", body.getOrDefault("value", "")));
    }
}
