package id.go.spbe.platform.messaging.deadletter;

import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.problem.ProblemTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.ErrorResponseException;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The dead letters of this service: list, inspect, replay (re-publish the original key and value to the original
 * topic, so the consumer gets it again after its fix; the inbox keeps it to once per consumer) and discard.
 */
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final Clock clock;

    public DeadLetters(MongoTemplate mongo, KafkaTemplate<String, String> kafka, Clock clock) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.clock = clock;
    }

    public Page<DeadLetter> list(DeadLetter.Status status, String topic, Pageable page) {
        Query query = new Query();
        if (status != null) {
            query.addCriteria(Criteria.where("status").is(status));
        }
        if (topic != null) {
            query.addCriteria(Criteria.where("topic").is(topic));
        }
        long total = mongo.count(query, DeadLetter.class);
        List<DeadLetter> items = mongo.find(Query.of(query).with(page), DeadLetter.class);
        return new PageImpl<>(items, page, total);
    }

    public DeadLetter get(String id) {
        DeadLetter letter = mongo.findById(id, DeadLetter.class);
        if (letter == null) {
            throw new NotFoundException("dead letter", id);
        }
        return letter;
    }

    /**
     * Re-publishes a pending dead letter to its original topic with its original key (so it keeps its partition
     * order relative to later events of the same aggregate) and marks it replayed. Replaying twice is a conflict.
     */
    public DeadLetter replay(String id, String actor) {
        DeadLetter claimed = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(id).and("status").is(DeadLetter.Status.PENDING)),
                new Update().set("status", DeadLetter.Status.REPLAYED).set("replayedAt", clock.instant())
                        .set("replayedBy", actor),
                FindAndModifyOptions.options().returnNew(true), DeadLetter.class);
        if (claimed == null) {
            get(id); // 404 if it does not exist
            throw new StateConflictException("dead letter " + id + " was already replayed");
        }
        try {
            kafka.send(claimed.topic(), claimed.key(), claimed.payload()).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException | RuntimeException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            // Give it back, so the replay can be tried again once the broker answers.
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                    new Update().set("status", DeadLetter.Status.PENDING).unset("replayedAt").unset("replayedBy"),
                    DeadLetter.class);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "Kafka tidak menerima ulang pesan ini; coba lagi nanti.");
            problem.setType(ProblemTypes.SERVICE_UNAVAILABLE);
            throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, e);
        }
        log.info("Dead letter {} ({} {}/{}@{}) replayed by {}", id, claimed.eventType(), claimed.topic(),
                claimed.partition(), claimed.offset(), actor);
        return claimed;
    }

    /** Deletes a dead letter; who and what is logged, since the record itself is gone. */
    public void discard(String id, String actor) {
        DeadLetter removed = mongo.findAndRemove(Query.query(Criteria.where("_id").is(id)), DeadLetter.class);
        if (removed == null) {
            throw new NotFoundException("dead letter", id);
        }
        log.info("Dead letter {} ({} {}/{}@{}, group {}) discarded by {}", id, removed.eventType(), removed.topic(),
                removed.partition(), removed.offset(), removed.consumerGroup(), actor);
    }
}
