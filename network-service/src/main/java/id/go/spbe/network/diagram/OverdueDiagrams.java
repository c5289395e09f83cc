package id.go.spbe.network.diagram;

import id.go.spbe.network.diagram.domain.LanDiagramTask;
import id.go.spbe.network.diagram.domain.LanDiagramTaskStatus;
import id.go.spbe.platform.profile.RegionProfile;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Chases the late yearly diagrams (N6): every task whose due date has passed (the region's date) while the steward
 * still owes a submission raises {@code LanDiagramOverdue}, once per OPD and campaign. Run by the leased job
 * {@code lan-diagram-overdue} ({@link OverdueDiagramsJob}); tests construct it with a {@code MutableClock}.
 */
public class OverdueDiagrams {

    private final MongoOperations mongo;
    private final RegionProfile region;
    private final Clock clock;

    public OverdueDiagrams(MongoOperations mongo, RegionProfile region, Clock clock) {
        this.mongo = mongo;
        this.region = region;
        this.clock = clock;
    }

    /** Raises what is due and returns how many tasks it marked overdue in this run. */
    public int sweep() {
        LocalDate today = LocalDate.now(clock.withZone(region.region().timeZone()));
        Query due = Query.query(Criteria.where("overdueRaisedAt").is(null).and("dueDate").lt(today)
                .and("status").in(LanDiagramTaskStatus.OPEN, LanDiagramTaskStatus.RETURNED));
        List<LanDiagramTask> late = mongo.find(due, LanDiagramTask.class);
        int marked = 0;
        for (LanDiagramTask task : late) {
            if (task.markOverdue(today, clock.instant())) {
                try {
                    mongo.save(task);
                    marked++;
                } catch (OptimisticLockingFailureException changedMeanwhile) {
                    // submitted or marked by another replica in between: the next run sees the new state
                }
            }
        }
        return marked;
    }
}
