package id.go.spbe.servicedesk.alerts;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.time.Instant;
import java.util.List;

interface HeldAlarmRepository extends MongoRepository<HeldAlarm, String> {

    List<HeldAlarm> findByCause(String cause);

    List<HeldAlarm> findByHeldAtLessThanEqualOrderByEventTimeAsc(Instant heldUntil);
}
