package id.go.spbe.platform.messaging.deadletter;

import id.go.spbe.platform.security.CallerResolver;
import id.go.spbe.platform.web.PageRequests;
import id.go.spbe.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Sort;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import id.go.spbe.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The dead-letter admin endpoint every consuming service has (ARCHITECTURE.md, "visible through an admin endpoint"):
 * Dinas administrators list what consumers gave up on, inspect it, replay it after the fix, or discard it.
 */
@RestController
@RequestMapping("/api/v1/admin/dead-letters")
@RolesAllowed(Roles.DINAS_ADMIN)
@Tag(name = "Dead letters", description = "Events this service's consumers could not process (Dinas only)")
public class DeadLetterController {

    private static final Set<String> SORTABLE = Set.of("failedAt", "topic", "eventType");

    /** A dead letter in a list: everything but the payload. */
    public record DeadLetterSummary(String id, String consumerGroup, String topic, int partition, long offset,
            @Nullable String key, @Nullable String eventId, @Nullable String eventType, @Nullable String exception,
            @Nullable String reason, Instant failedAt, DeadLetter.Status status) {

        static DeadLetterSummary of(DeadLetter d) {
            return new DeadLetterSummary(d.id(), d.consumerGroup(), d.topic(), d.partition(), d.offset(), d.key(),
                    d.eventId(), d.eventType(), d.exception(), d.reason(), d.failedAt(), d.status());
        }
    }

    /** One dead letter in full: the record as consumed (payload, key) and what became of it. */
    public record DeadLetterResponse(String id, String consumerGroup, String topic, int partition, long offset,
            @Nullable String key, String payload, @Nullable String eventId, @Nullable String eventType,
            @Nullable String exception, @Nullable String reason, String deadLetterTopic, Instant failedAt,
            DeadLetter.Status status, @Nullable Instant replayedAt, @Nullable String replayedBy) {

        static DeadLetterResponse of(DeadLetter d) {
            return new DeadLetterResponse(d.id(), d.consumerGroup(), d.topic(), d.partition(), d.offset(), d.key(),
                    d.payload(), d.eventId(), d.eventType(), d.exception(), d.reason(), d.deadLetterTopic(),
                    d.failedAt(), d.status(), d.replayedAt(), d.replayedBy());
        }
    }

    private final DeadLetters deadLetters;
    private final CallerResolver callers;

    public DeadLetterController(DeadLetters deadLetters, CallerResolver callers) {
        this.deadLetters = deadLetters;
        this.callers = callers;
    }

    @GetMapping
    @Operation(summary = "Dead letters, newest first", description = "Filter by status (PENDING, REPLAYED) or topic.")
    public PageResponse<DeadLetterSummary> list(@RequestParam(required = false) DeadLetter.Status status,
            @RequestParam(required = false) String topic, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) List<String> sort) {
        return PageResponse.of(deadLetters.list(status, topic, PageRequests.of(page, size, sort, SORTABLE,
                Sort.by(Sort.Direction.DESC, "failedAt"))), DeadLetterSummary::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One dead letter with its payload, key and the failure")
    public DeadLetterResponse get(@PathVariable String id) {
        return DeadLetterResponse.of(deadLetters.get(id));
    }

    @PostMapping("/{id}/replay")
    @Operation(summary = "Re-publish to the original topic (after the consumer was fixed)",
            description = "409 if it was already replayed.")
    public DeadLetterResponse replay(@PathVariable String id) {
        return DeadLetterResponse.of(deadLetters.replay(id, callers.actorName()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Discard a dead letter")
    public void discard(@PathVariable String id) {
        deadLetters.discard(id, callers.actorName());
    }
}
