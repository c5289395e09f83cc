package id.go.spbe.datacenter.uptime;

import id.go.spbe.datacenter.uptime.domain.ProbeResult;
import id.go.spbe.platform.profile.RegionProfile;
import org.bson.Document;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Probe samples, kept compactly (D3): one document per monitor and day of the region's calendar, counting probes,
 * failures and probes inside planned maintenance, and the same counts per monitor and month ({@code uptime_months}),
 * which the monthly and yearly reports read. Each probe is one atomic {@code $inc} on each, so concurrent writers
 * cannot lose a count.
 *
 * <p>Why the month roll-up: a yearly report of 1,000 monitors summed from the days reads 365,000 documents; from the
 * months it reads 12,000, each fetched by its {@code _id} (always indexed). The benchmark found the day-based report
 * far beyond its 2 s bar (BENCHMARKS.md).
 */
@Component
public class UptimeSamples {

    static final String COLLECTION = "uptime_samples";
    static final String MONTHS = "uptime_months";
    /**
     * Month documents asked for by id in one query: 20 monitors' year. Kept small because the test store
     * (mongo-java-server) checks every document the index found against the whole {@code $in} list — n² per query:
     * 2,400 ids per query made the 1,000-monitor yearly report take 8 s (BENCHMARKS.md).
     */
    static final int ID_BATCH = 240;
    /** Up to this many monitors the months are fetched by id; more are read by month range. */
    static final int BY_ID_UP_TO = 100;

    /** One month's counts of one monitor ({@code month} as {@code yyyy-MM}); the sum of its days. */
    public record MonthSample(String monitorId, String month, long probes, long failures, long maintenance,
            long latencyMillis) {
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
        String month = day.substring(0, 7);
        Update monthly = new Update().setOnInsert("monitorId", monitorId).setOnInsert("opd", opd)
                .setOnInsert("month", month).inc("probes", 1).inc("latencyMillis", result.latencyMillis());
        if (inMaintenance) {
            monthly.inc("maintenance", 1);
        } else if (!result.up()) {
            monthly.inc("failures", 1);
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(monthId(monitorId, month))), monthly, MONTHS);
    }

    static String monthId(String monitorId, String month) {
        return monitorId + "/" + month;
    }

    /**
     * The month documents of {@code monitorIds} from {@code from} to {@code to}, both inclusive; months without a
     * probe have none. {@code opd}, when every monitor is that OPD's, narrows the range read.
     *
     * <p>A few monitors (a page, one report) are fetched by {@code _id}, {@value #ID_BATCH} at a time, through the
     * primary index. Many (an OPD's or the region's yearly report) are read by month range — one query over the
     * {@code {month}} / {@code {opd, month}} indexes — and filtered here: for 1,000 monitors that is 12,000 small
     * documents in one reply instead of 50 id queries (BENCHMARKS.md).
     */
    public List<MonthSample> months(String opd, Collection<String> monitorIds, YearMonth from, YearMonth to) {
        if (monitorIds.size() > BY_ID_UP_TO) {
            Set<String> wanted = new HashSet<>(monitorIds);
            Criteria range = Criteria.where("month").gte(from.toString()).lte(to.toString());
            Query query = Query.query(opd == null ? range : Criteria.where("opd").is(opd).andOperator(range));
            List<MonthSample> found = new ArrayList<>();
            mongo.find(query, Document.class, MONTHS).forEach(d -> {
                if (wanted.contains(d.getString("monitorId"))) {
                    found.add(sample(d));
                }
            });
            return found;
        }
        List<String> ids = new ArrayList<>();
        for (String monitorId : monitorIds) {
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                ids.add(monthId(monitorId, m.toString()));
            }
        }
        List<MonthSample> found = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += ID_BATCH) {
            mongo.find(Query.query(Criteria.where("_id").in(ids.subList(i, Math.min(ids.size(), i + ID_BATCH)))),
                    Document.class, MONTHS).forEach(d -> found.add(sample(d)));
        }
        return found;
    }

    private static MonthSample sample(Document d) {
        return new MonthSample(d.getString("monitorId"), d.getString("month"), count(d, "probes"),
                count(d, "failures"), count(d, "maintenance"), count(d, "latencyMillis"));
    }

    /** The indexes of the month range reads, created once the application is up (idempotent). */
    @EventListener(ApplicationReadyEvent.class)
    void ensureIndexes() {
        mongo.indexOps(MONTHS).createIndex(new Index().on("month", Sort.Direction.ASC).named("month"));
        mongo.indexOps(MONTHS).createIndex(new Index().on("opd", Sort.Direction.ASC).on("month", Sort.Direction.ASC)
                .named("opd_month"));
    }

    private static long count(Document d, String field) {
        Object value = d.get(field);
        return value instanceof Number n ? n.longValue() : 0L;
    }
}
