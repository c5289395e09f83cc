package id.go.spbe.datacenter.uptime;

import id.go.spbe.datacenter.uptime.domain.ProbeResult;
import id.go.spbe.platform.profile.RegionProfile;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Probe samples, kept compactly (D3): one document per monitor and day of the region's calendar, counting probes,
 * failures and probes inside planned maintenance — a year of 1-minute probes is 365 small documents per monitor, and
 * a report sums them. Each probe is one atomic {@code $inc}, so concurrent writers cannot lose a count.
 */
@Component
public class UptimeSamples {

    static final String COLLECTION = "uptime_samples";
    static final int BATCH = 100;

    /** One day's counts of one monitor; {@code failures} and {@code maintenance} are disjoint subsets of probes. */
    public record DailySample(String id, String monitorId, String opd, String day, long probes, long failures,
            long maintenance, long latencyMillis) {
    }

    private final MongoTemplate mongo;
    private final ZoneId zone;

    UptimeSamples(MongoTemplate mongo, RegionProfile region) {
        this.mongo = mongo;
        this.zone = region.region().timeZone();
    }

    void record(String monitorId, String opd, Instant probedAt, ProbeResult result, boolean inMaintenance) {
        String day = LocalDate.ofInstant(probedAt, zone).toString();
        Update update = new Update().setOnInsert("monitorId", monitorId).setOnInsert("opd", opd)
                .setOnInsert("day", day).inc("probes", 1).inc("latencyMillis", result.latencyMillis());
        if (inMaintenance) {
            update.inc("maintenance", 1);
        } else if (!result.up()) {
            update.inc("failures", 1);
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(monitorId + "/" + day)), update, COLLECTION);
    }

    /**
     * The days of {@code monitorIds} from {@code from} to {@code to}, both inclusive. Read {@value #BATCH} monitors
     * at a time: a year of 1,000 monitors is 365,000 documents, too many for one reply (found by the benchmark).
     */
    public List<DailySample> between(Collection<String> monitorIds, LocalDate from, LocalDate to) {
        List<String> ids = List.copyOf(monitorIds);
        List<DailySample> days = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += BATCH) {
            days.addAll(batch(ids.subList(i, Math.min(ids.size(), i + BATCH)), from, to));
        }
        return days;
    }

    private List<DailySample> batch(List<String> monitorIds, LocalDate from, LocalDate to) {
        return mongo.find(Query.query(Criteria.where("monitorId").in(monitorIds).and("day").gte(from.toString())
                .lte(to.toString())), Document.class, COLLECTION).stream()
                .map(d -> new DailySample(d.getString("_id"), d.getString("monitorId"), d.getString("opd"),
                        d.getString("day"), count(d, "probes"), count(d, "failures"), count(d, "maintenance"),
                        count(d, "latencyMillis")))
                .toList();
    }

    private static long count(Document d, String field) {
        Object value = d.get(field);
        return value instanceof Number n ? n.longValue() : 0L;
    }
}
