package id.go.spbe.network.review;

import id.go.spbe.network.change.LanChangeReports;
import id.go.spbe.network.change.domain.LanChangeReport;
import id.go.spbe.network.change.domain.LanChangeReportStatus;
import id.go.spbe.network.diagram.domain.DiagramRegulation;
import id.go.spbe.network.diagram.domain.LanDiagramTask;
import id.go.spbe.network.diagram.domain.Submission;
import id.go.spbe.network.inspection.domain.Finding;
import id.go.spbe.network.inspection.domain.FindingStatus;
import id.go.spbe.network.inspection.domain.Inspection;
import id.go.spbe.network.inspection.domain.Severity;
import id.go.spbe.network.lan.domain.Device;
import id.go.spbe.network.lan.domain.DeviceKind;
import id.go.spbe.network.lan.domain.Lan;
import id.go.spbe.network.lan.domain.LanRevision;
import id.go.spbe.network.review.YearlyUsage.BandwidthLine;
import id.go.spbe.network.review.YearlyUsage.ChangeLine;
import id.go.spbe.network.review.YearlyUsage.DiagramLine;
import id.go.spbe.network.review.YearlyUsage.DiagramTotals;
import id.go.spbe.network.review.YearlyUsage.InspectionLine;
import id.go.spbe.network.review.YearlyUsage.OpdSection;
import id.go.spbe.network.review.YearlyUsage.Totals;
import id.go.spbe.network.site.SiteTimeline;
import id.go.spbe.network.site.domain.Site;
import id.go.spbe.network.site.domain.SiteTerms;
import id.go.spbe.network.wan.WanLinkTimeline;
import id.go.spbe.network.wan.domain.CircuitTerms;
import id.go.spbe.network.wan.domain.WanLink;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.opd.OpdReference;
import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.platform.problem.InvalidRequestException;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.security.Caller;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes the yearly usage review (N8) from the stored records, read-only. Scope: region-wide roles the whole region
 * (or one OPD with {@code opd}); an OPD's operator its own OPD's section only (another OPD: 403, like every list).
 * The caller's role is checked by the controller.
 */
@Service
public class YearlyUsageReview {

    /** The first year a review can cover; earlier years are a typing error (400), not a rule. */
    static final int FIRST_YEAR = 2000;

    private final MongoOperations mongo;
    private final OpdReferences opds;
    private final LanChangeReports changes;
    private final DiagramRegulation diagrams;
    private final WanLinkTimeline timeline;
    private final SiteTimeline siteTimeline;
    private final RegionProfile region;
    private final Clock clock;
    private final String addressee;

    YearlyUsageReview(MongoOperations mongo, OpdReferences opds, LanChangeReports changes,
            DiagramRegulation diagrams, WanLinkTimeline timeline, SiteTimeline siteTimeline, RegionProfile region,
            Clock clock, Environment environment) {
        this.timeline = timeline;
        this.siteTimeline = siteTimeline;
        this.mongo = mongo;
        this.opds = opds;
        this.changes = changes;
        this.diagrams = diagrams;
        this.region = region;
        this.clock = clock;
        this.addressee = environment.getProperty("spbe.regulation.network.report-to",
                environment.getProperty("spbe.regulation.governance.body", "Tim Koordinasi SPBE"));
    }

    public YearlyUsage review(Caller caller, int year, String opd) {
        String scope = caller.listScope(opd);
        if (opd != null) {
            opds.requireKnown(scope);
        }
        ZoneId zone = region.region().timeZone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (year < FIRST_YEAR || year > 9999) {
            throw new InvalidRequestException("year", "year: tahun " + FIRST_YEAR + " sampai 9999.");
        }
        if (year > today.getYear()) {
            throw new RuleViolationException("N8", "year: rewiu tahunan penggunaan jaringan intra hanya untuk tahun "
                    + "yang sudah berjalan (RL Pasal 23 ayat (7)); tahun " + year + " belum dimulai.");
        }
        boolean complete = year < today.getYear();
        LocalDate asOf = complete ? LocalDate.of(year, 12, 31) : today;
        Instant start = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
        Instant end = asOf.plusDays(1).atStartOfDay(zone).toInstant();

        List<OpdReference> covered = mongo.find(scoped(Query.query(Criteria.where("active").is(true)), "_id", scope)
                .with(Sort.by("_id")), OpdReference.class);
        // the sites standing at asOf, with the upstream interconnections they had then
        List<SiteTerms> sites = siteTimeline.asBefore(mongo.find(scoped(Query.query(Criteria.where("registeredAt")
                .lt(end)), "opdCode", scope), Site.class), end);
        List<WanLink> links = mongo.find(Query.query(Criteria.where("registeredAt").lt(end)), WanLink.class).stream()
                .filter(l -> scope == null || scope.equals(l.aEnd().opdCode()) || scope.equals(l.bEnd().opdCode()))
                .toList();
        // the circuits serving at asOf, with the provider, medium and bandwidth they had then
        List<CircuitTerms> active = timeline.inForceBefore(links.stream()
                .filter(l -> l.outOfServiceAt(zone) == null || !l.outOfServiceAt(zone).isBefore(end)).toList(), end);
        Map<String, LanDiagramTask> tasks = mongo.find(scoped(Query.query(Criteria.where("year").is(year)),
                "opdCode", scope), LanDiagramTask.class).stream()
                .collect(Collectors.toMap(LanDiagramTask::opdCode, Function.identity()));
        Map<String, List<LanChangeReport>> reports = mongo.find(scoped(Query.query(Criteria.where("performedOn")
                .gte(LocalDate.of(year, 1, 1)).lte(asOf)), "opdCode", scope), LanChangeReport.class).stream()
                .collect(Collectors.groupingBy(LanChangeReport::opdCode));
        Map<String, List<Inspection>> inspections = mongo.find(scoped(Query.query(Criteria.where("inspectedOn")
                .gte(LocalDate.of(year, 1, 1)).lte(asOf)), "opdCode", scope), Inspection.class).stream()
                .collect(Collectors.groupingBy(Inspection::opdCode));
        Map<String, Lan> lans = mongo.find(scoped(new Query(), "_id", scope), Lan.class).stream()
                .collect(Collectors.toMap(Lan::opdCode, Function.identity()));
        Map<String, List<SiteTerms>> sitesByOpd = sites.stream().collect(Collectors.groupingBy(SiteTerms::opdCode));

        List<OpdSection> sections = new ArrayList<>();
        for (OpdReference o : covered) {
            String code = o.code();
            List<SiteTerms> own = sitesByOpd.getOrDefault(code, List.of());
            List<CircuitTerms> ending = active.stream()
                    .filter(l -> code.equals(l.aEnd().opdCode()) || code.equals(l.bEnd().opdCode())).toList();
            Optional<LanRevision> revision = revisionAt(code, end);
            List<Device> devices = revision.map(r -> r.content().devices()).orElse(List.of());
            Map<String, Integer> byKind = new LinkedHashMap<>();
            for (DeviceKind kind : DeviceKind.values()) {
                byKind.put(kind.name(), (int) devices.stream().filter(d -> d.kind() == kind).count());
            }
            long uncovered = changes.uncovered(code).stream()
                    .filter(r -> r.at() != null && !r.at().isBefore(start) && r.at().isBefore(end)).count();
            Lan lan = lans.get(code);
            sections.add(new OpdSection(code, o.name(), o.mandiriTik(), own.size(),
                    own.stream().mapToInt(s -> s.uplinks().size()).sum(), ending.size(),
                    ending.stream().mapToLong(CircuitTerms::bandwidthDownMbps).sum(), revision.map(LanRevision::revision)
                            .orElse(0L), devices.size(), byKind, (int) devices.stream().filter(Device::security)
                            .count(), (int) devices.stream().filter(d -> endOfLife(d, asOf, asOf)).count(),
                    (int) devices.stream().filter(d -> !endOfLife(d, asOf, asOf)
                            && endOfLife(d, asOf, asOf.plusMonths(12))).count(),
                    lan != null && lan.byod() != null && lan.byod().acknowledgedAt().isBefore(end),
                    diagram(tasks.get(code), asOf), changeLine(reports.getOrDefault(code, List.of()), uncovered),
                    inspectionLine(inspections.getOrDefault(code, List.of()), asOf)));
        }
        return new YearlyUsage(year, scope, asOf, complete, region.region().name(), addressee,
                diagrams.lanDiagramYearly(), totals(sections, sites, active, links, start, end, zone),
                bandwidth(active, l -> l.medium().name()), bandwidth(active, CircuitTerms::provider), sections);
    }

    private Optional<LanRevision> revisionAt(String opd, Instant end) {
        Query query = Query.query(Criteria.where("opdCode").is(opd).and("at").lt(end))
                .with(Sort.by(Sort.Direction.DESC, "revision")).limit(1);
        return Optional.ofNullable(mongo.findOne(query, LanRevision.class));
    }

    private static Query scoped(Query query, String field, String scope) {
        return scope == null ? query : query.addCriteria(Criteria.where(field).is(scope));
    }

    /** Whether the hardware or the software of {@code device} reaches its end of life on or before {@code by}. */
    private static boolean endOfLife(Device device, LocalDate asOf, LocalDate by) {
        return (device.hardwareEndOfLife() != null && !device.hardwareEndOfLife().isAfter(by))
                || (device.softwareEndOfLife() != null && !device.softwareEndOfLife().isAfter(by));
    }

    static DiagramLine diagram(LanDiagramTask task, LocalDate asOf) {
        if (task == null) {
            return new DiagramLine("NO_TASK", null, null, null);
        }
        Optional<Submission> latest = task.latest();
        if (latest.isPresent()) {
            return new DiagramLine(latest.get().late() ? "LATE" : "ON_TIME", task.status(), task.dueDate(),
                    latest.get().submittedAt());
        }
        return new DiagramLine(task.dueDate().isBefore(asOf) ? "MISSING" : "PENDING", task.status(),
                task.dueDate(), null);
    }

    private static ChangeLine changeLine(List<LanChangeReport> reports, long uncovered) {
        int acknowledged = (int) reports.stream().filter(r -> r.status() == LanChangeReportStatus.ACKNOWLEDGED)
                .count();
        return new ChangeLine(reports.size(), acknowledged, reports.size() - acknowledged, (int) uncovered);
    }

    private static InspectionLine inspectionLine(List<Inspection> inspections, LocalDate asOf) {
        List<Finding> findings = inspections.stream().flatMap(i -> i.findings().stream()).toList();
        Map<String, Integer> bySeverity = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity.name(), (int) findings.stream().filter(f -> f.severity() == severity).count());
        }
        List<Finding> open = findings.stream().filter(f -> f.status() == FindingStatus.OPEN).toList();
        return new InspectionLine(inspections.size(), findings.size(), open.size(),
                (int) open.stream().filter(f -> f.dueDate() != null && f.dueDate().isBefore(asOf)).count(),
                bySeverity);
    }

    private static Totals totals(List<OpdSection> sections, List<SiteTerms> sites, List<CircuitTerms> active,
            List<WanLink> links, Instant start, Instant end, ZoneId zone) {
        Map<String, Integer> bySeverity = new LinkedHashMap<>();
        sections.forEach(s -> s.inspections().findingsBySeverity().forEach((k, v) -> bySeverity.merge(k, v,
                Integer::sum)));
        Map<String, Long> outcomes = sections.stream().collect(Collectors.groupingBy(s -> s.diagram().outcome(),
                Collectors.counting()));
        return new Totals(sections.size(), sites.size(), sites.stream().mapToInt(s -> s.uplinks().size()).sum(),
                active.size(), active.stream().mapToLong(CircuitTerms::bandwidthDownMbps).sum(),
                (int) links.stream().filter(l -> !l.registeredAt().isBefore(start)).count(),
                (int) links.stream().map(l -> l.outOfServiceAt(zone))
                        .filter(out -> out != null && !out.isBefore(start) && out.isBefore(end)).count(),
                sections.stream().mapToInt(OpdSection::devices).sum(),
                sections.stream().mapToInt(OpdSection::securityDevices).sum(),
                sections.stream().mapToInt(OpdSection::endOfLifePast).sum(),
                sections.stream().mapToInt(OpdSection::endOfLifeWithin12Months).sum(),
                (int) sections.stream().filter(OpdSection::byodAcknowledged).count(),
                new DiagramTotals((int) sections.stream().filter(s -> s.diagram().status() != null).count(),
                        count(outcomes, "ON_TIME"), count(outcomes, "LATE"), count(outcomes, "MISSING"),
                        count(outcomes, "PENDING"), (int) sections.stream().filter(s -> s.diagram().status()
                                == id.go.spbe.network.diagram.domain.LanDiagramTaskStatus.ACCEPTED).count()),
                new ChangeLine(sections.stream().mapToInt(s -> s.changes().reports()).sum(),
                        sections.stream().mapToInt(s -> s.changes().acknowledged()).sum(),
                        sections.stream().mapToInt(s -> s.changes().awaitingAcknowledgement()).sum(),
                        sections.stream().mapToInt(s -> s.changes().uncoveredChanges()).sum()),
                new InspectionLine(sections.stream().mapToInt(s -> s.inspections().inspections()).sum(),
                        sections.stream().mapToInt(s -> s.inspections().findings()).sum(),
                        sections.stream().mapToInt(s -> s.inspections().openFindings()).sum(),
                        sections.stream().mapToInt(s -> s.inspections().overdueFindings()).sum(), bySeverity));
    }

    private static int count(Map<String, Long> outcomes, String outcome) {
        return outcomes.getOrDefault(outcome, 0L).intValue();
    }

    /** Active circuits grouped by {@code key} (medium or provider), largest bandwidth first. */
    private static List<BandwidthLine> bandwidth(List<CircuitTerms> active, Function<CircuitTerms, String> key) {
        Map<String, List<CircuitTerms>> grouped = new TreeMap<>();
        active.forEach(l -> grouped.computeIfAbsent(key.apply(l), k -> new ArrayList<>()).add(l));
        return grouped.entrySet().stream()
                .map(e -> new BandwidthLine(e.getKey(), e.getValue().size(),
                        e.getValue().stream().mapToLong(CircuitTerms::bandwidthDownMbps).sum()))
                .sorted(Comparator.comparingLong(BandwidthLine::bandwidthMbps).reversed()
                        .thenComparing(BandwidthLine::key))
                .toList();
    }
}
