package id.go.spbe.servicedesk.sla.domain;

import id.go.spbe.servicedesk.ticket.domain.Priority;
import id.go.spbe.servicedesk.ticket.domain.Tier;
import id.go.spbe.servicedesk.ticket.domain.TicketFact;
import id.go.spbe.servicedesk.ticket.domain.TicketType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Derives every clock of a ticket from its facts alone (S5), so it can be recomputed at any time and always gives
 * the same answer for the same facts, calendar and policies:
 * <ul>
 *   <li>all clocks start at the opening; TIME_TO_OWN stops at the first assignment, FIRST_RESPONSE at the first
 *       public answer (a request for information counts), RESOLUTION at resolution (and runs on after a reopen);</li>
 *   <li>they pause while the ticket waits on its requester and count only business time of the calendar;</li>
 *   <li>the targets are those of the ticket's <em>current</em> priority and of the policy version in force now
 *       (for a stopped clock: when it stopped), applied retroactively from the opening. Pauses are facts, not a
 *       counter stored with the old target, so a recompute never loses accrued pause time (the GLPI#15605 bug).</li>
 * </ul>
 */
public final class SlaEngine {

    private final BusinessCalendar calendar;
    private final PolicyBook policies;
    private final double warningThreshold;

    /** @param warningThreshold share of a target after which a warning is due (0.8 = at 80 %) */
    public SlaEngine(BusinessCalendar calendar, PolicyBook policies, double warningThreshold) {
        this.calendar = calendar;
        this.policies = policies;
        this.warningThreshold = warningThreshold;
    }

    /** One stretch of the ticket's life in which nothing the clocks depend on changed. */
    private record Segment(Instant from, Instant to, boolean open, Tier tier, boolean paused, boolean owned,
            boolean responded, boolean done) {
    }

    /** The clocks and the timeline that explains them. */
    public SlaReport compute(TicketType type, Priority priority, List<TicketFact> facts, Instant now) {
        return compute(type, priority, facts, now, true);
    }

    /** The clocks only, without building the timeline's texts: what the monitor needs for many tickets. */
    public List<ClockState> clocks(TicketType type, Priority priority, List<TicketFact> facts, Instant now) {
        return compute(type, priority, facts, now, false).clocks();
    }

    private SlaReport compute(TicketType type, Priority priority, List<TicketFact> facts, Instant now,
            boolean explain) {
        List<Segment> segments = segments(facts, now);
        Duration[] business = new Duration[segments.size()]; // each segment's business time, computed once
        Instant opened = facts.get(0).at();
        List<ClockState> clocks = new ArrayList<>();
        List<TimelineEntry> timeline = explain ? new ArrayList<>() : null;
        for (ClockKind kind : ClockKind.values()) {
            Predicate<Segment> runs = runs(kind);
            Tier olaTier = olaTier(kind);
            if (olaTier != null && segments.stream().noneMatch(s -> s.tier() == olaTier)) {
                continue;
            }
            clocks.add(clock(kind, type, priority, segments, business, runs, now, opened, timeline));
        }
        if (!explain) {
            return new SlaReport(clocks, List.of());
        }
        explainFacts(type, priority, facts, opened, now, timeline);
        Instant resolutionDue = clocks.stream().filter(c -> c.clock() == ClockKind.RESOLUTION)
                .map(ClockState::dueAt).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        explainGaps(segments, resolutionDue, timeline);
        timeline.sort(Comparator.comparing(TimelineEntry::at).thenComparing(e -> e.kind().ordinal()));
        return new SlaReport(clocks, timeline);
    }

    private ClockState clock(ClockKind kind, TicketType type, Priority priority, List<Segment> segments,
            Duration[] business, Predicate<Segment> runs, Instant now, Instant opened,
            List<TimelineEntry> timeline) {
        Segment last = segments.get(segments.size() - 1);
        Instant stoppedAt = stopOf(kind, segments);
        boolean pausedNow = stoppedAt == null && last.paused() && !last.done();
        Instant startedAt = segments.stream().filter(s -> runs.test(s) || s.paused() && !s.done()).findFirst()
                .map(Segment::from).orElse(opened);
        PolicyVersion policy = !kind.targeted() ? null
                : policies.inForce(type, priority, stoppedAt != null ? stoppedAt : now);
        Duration target = policy == null ? null : kind.target(policy);
        Duration warnTarget = target == null ? null
                : Duration.ofSeconds((long) Math.floor(target.toSeconds() * warningThreshold));
        Duration elapsed = Duration.ZERO;
        Duration paused = Duration.ZERO;
        Instant breachedAt = null;
        Instant warnAt = null;
        Instant dueAt = null;
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            boolean counts = runs.test(s);
            boolean pausedHere = s.paused() && !s.done() && (stoppedAt == null || s.from().isBefore(stoppedAt));
            if (!counts && !pausedHere) {
                continue;
            }
            if (business[i] == null) {
                business[i] = calendar.between(s.from(), s.to());
            }
            if (pausedHere) {
                paused = paused.plus(business[i]);
            }
            if (!counts) {
                continue;
            }
            Duration piece = business[i];
            if (target != null) {
                if (warnAt == null && elapsed.plus(piece).compareTo(warnTarget) >= 0) {
                    warnAt = calendar.plus(s.from(), warnTarget.minus(elapsed));
                }
                if (breachedAt == null && elapsed.plus(piece).compareTo(target) > 0) {
                    breachedAt = calendar.plus(s.from(), target.minus(elapsed));
                }
                if (s.open() && breachedAt == null) {
                    dueAt = calendar.plus(s.from(), target.minus(elapsed));
                    if (warnAt == null) {
                        warnAt = calendar.plus(s.from(), warnTarget.minus(elapsed));
                    }
                }
            }
            elapsed = elapsed.plus(piece);
        }
        ClockState.Status status;
        if (stoppedAt != null) {
            status = target == null ? ClockState.Status.STOPPED
                    : breachedAt != null ? ClockState.Status.BREACHED : ClockState.Status.MET;
        } else if (breachedAt != null) {
            status = ClockState.Status.BREACHED;
        } else {
            status = pausedNow ? ClockState.Status.PAUSED : ClockState.Status.RUNNING;
        }
        if (target != null && timeline != null) {
            String rule = rule(kind, type, priority, policy);
            timeline.add(new TimelineEntry(startedAt, null, TimelineEntry.Kind.START, kind, "Jam " + kind.label()
                    + " mulai berjalan", rule));
            if (stoppedAt != null) {
                timeline.add(new TimelineEntry(stoppedAt, null, TimelineEntry.Kind.STOP, kind, "Jam " + kind.label()
                        + " berhenti: " + (breachedAt == null ? "target terpenuhi" : "target terlewati"), rule));
            }
            if (warnAt != null && !warnAt.isAfter(now) && (stoppedAt == null || warnAt.isBefore(stoppedAt))) {
                timeline.add(new TimelineEntry(warnAt, null, TimelineEntry.Kind.WARNING, kind, "Peringatan: "
                        + Math.round(warningThreshold * 100) + "% target " + kind.label() + " terpakai", rule));
            }
            if (breachedAt != null) {
                timeline.add(new TimelineEntry(breachedAt, null, TimelineEntry.Kind.BREACH, kind, "Target "
                        + kind.label() + " terlewati", rule));
            }
        }
        return new ClockState(kind, status, target, policy == null ? null : policy.version(), elapsed, paused,
                startedAt, stoppedAt, dueAt, target == null ? null : warnAt, breachedAt);
    }

    /** The instant a clock stopped for good (null while it may still run). */
    private static Instant stopOf(ClockKind kind, List<Segment> segments) {
        Segment last = segments.get(segments.size() - 1);
        return switch (kind) {
            case TIME_TO_OWN -> firstWhere(segments, Segment::owned);
            case FIRST_RESPONSE -> firstWhere(segments, Segment::responded);
            default -> last.done() ? lastDoneStart(segments) : null;
        };
    }

    private static Instant firstWhere(List<Segment> segments, Predicate<Segment> p) {
        for (Segment s : segments) {
            if (p.test(s)) {
                return s.from();
            }
        }
        return null;
    }

    private static Instant lastDoneStart(List<Segment> segments) {
        Instant start = null;
        for (Segment s : segments) {
            if (s.done() && start == null) {
                start = s.from();
            } else if (!s.done()) {
                start = null;
            }
        }
        return start;
    }

    private static Predicate<Segment> runs(ClockKind kind) {
        return switch (kind) {
            case TIME_TO_OWN -> s -> !s.owned() && !s.done() && !s.paused();
            case FIRST_RESPONSE -> s -> !s.responded() && !s.done() && !s.paused();
            case RESOLUTION -> s -> !s.done() && !s.paused();
            default -> s -> s.tier() == olaTier(kind) && !s.done() && !s.paused();
        };
    }

    private static Tier olaTier(ClockKind kind) {
        return switch (kind) {
            case OLA_TIER1 -> Tier.TIER1;
            case OLA_TIER2 -> Tier.TIER2;
            case OLA_SERVICE_CENTRE -> Tier.SERVICE_CENTRE;
            default -> null;
        };
    }

    private static List<Segment> segments(List<TicketFact> facts, Instant now) {
        List<Segment> segments = new ArrayList<>();
        Tier tier = facts.get(0).tier();
        boolean paused = false;
        boolean owned = false;
        boolean responded = false;
        boolean done = false;
        Instant from = facts.get(0).at();
        for (TicketFact fact : facts.subList(1, facts.size())) {
            if (fact.at().isAfter(from)) {
                segments.add(new Segment(from, fact.at(), false, tier, paused, owned, responded, done));
                from = fact.at();
            }
            switch (fact.kind()) {
                case ASSIGNED -> owned = true;
                case RESPONDED -> responded = true;
                case WAITING -> {
                    paused = true;
                    responded = true;
                }
                case RESUMED -> paused = false;
                case ESCALATED -> paused = false;
                case RESOLVED, CLOSED -> {
                    done = true;
                    paused = false;
                    responded = true;
                    owned = true;
                }
                case REOPENED -> done = false;
                default -> {
                }
            }
            tier = fact.tier();
        }
        Instant end = now.isAfter(from) ? now : from;
        segments.add(new Segment(from, end, true, tier, paused, owned, responded, done));
        return segments;
    }

    private void explainFacts(TicketType type, Priority priority, List<TicketFact> facts, Instant opened,
            Instant now, List<TimelineEntry> timeline) {
        Instant pauseStart = null;
        for (TicketFact f : facts) {
            switch (f.kind()) {
                case WAITING -> pauseStart = f.at();
                case RESUMED, ESCALATED, RESOLVED, CLOSED -> {
                    if (pauseStart != null) {
                        timeline.add(new TimelineEntry(pauseStart, f.at(), TimelineEntry.Kind.PAUSE, null,
                                "Semua jam dijeda: menunggu jawaban pelapor", "S5: jeda selama menunggu pelapor"));
                        timeline.add(new TimelineEntry(f.at(), null, TimelineEntry.Kind.RESUME, null,
                                "Jam berjalan lagi (" + f.kind() + " oleh " + f.actor() + ")", null));
                        pauseStart = null;
                    }
                    if (f.kind() == TicketFact.Kind.ESCALATED) {
                        timeline.add(new TimelineEntry(f.at(), null, TimelineEntry.Kind.ESCALATED, null,
                                "Dieskalasi ke " + f.tier() + " oleh " + f.actor() + ": " + f.detail(),
                                "S3: eskalasi Tier 1 → Tier 2"));
                    }
                }
                case REPRIORITIZED -> timeline.add(new TimelineEntry(f.at(), null,
                        TimelineEntry.Kind.PRIORITY_CHANGED, null, "Prioritas " + f.detail() + " oleh " + f.actor()
                        + "; semua jam dihitung ulang sejak pembukaan, jeda yang sudah terjadi tetap diperhitungkan",
                        "S5: penghitungan ulang retroaktif"));
                case REOPENED -> timeline.add(new TimelineEntry(f.at(), null, TimelineEntry.Kind.REOPENED,
                        ClockKind.RESOLUTION, "Dibuka kembali oleh " + f.actor() + ": jam penyelesaian berjalan lagi",
                        null));
                default -> {
                }
            }
        }
        if (pauseStart != null) {
            timeline.add(new TimelineEntry(pauseStart, null, TimelineEntry.Kind.PAUSE, null,
                    "Semua jam dijeda: menunggu jawaban pelapor", "S5: jeda selama menunggu pelapor"));
        }
        for (PolicyVersion v : policies.versionsOf(type, priority)) {
            if (v.version() > 1 && v.effectiveFrom().isAfter(opened) && !v.effectiveFrom().isAfter(now)) {
                timeline.add(new TimelineEntry(v.effectiveFrom(), null, TimelineEntry.Kind.POLICY_REVISED, null,
                        "Kebijakan SLA " + type + " × " + priority + " direvisi ke v" + v.version() + " oleh "
                                + v.changedBy() + " (" + v.reason() + "); jam yang masih berjalan dihitung ulang",
                        rule(ClockKind.RESOLUTION, type, priority, v)));
            }
        }
    }

    /**
     * The calendar gaps inside the stretches where the ticket was open (its clocks ran or paused), and, while the
     * resolution clock runs, the gaps still ahead until it is due: they explain why it is due when it is.
     */
    private void explainGaps(List<Segment> segments, Instant resolutionDue, List<TimelineEntry> timeline) {
        Instant from = null;
        Instant to = null;
        for (Segment s : segments) {
            if (!s.done()) {
                if (from == null) {
                    from = s.from();
                }
                to = s.to();
            } else if (from != null) {
                addGaps(from, to, timeline);
                from = null;
            }
        }
        if (from != null) {
            addGaps(from, resolutionDue != null && resolutionDue.isAfter(to) ? resolutionDue : to, timeline);
        }
    }

    private void addGaps(Instant from, Instant to, List<TimelineEntry> timeline) {
        for (CalendarGap gap : calendar.gaps(from, to)) {
            timeline.add(new TimelineEntry(gap.from(), gap.to(), TimelineEntry.Kind.CALENDAR_GAP, null,
                    "Tidak dihitung: " + gap.description(), "Kalender kerja " + calendar.zone() + ": "
                            + gap.reason()));
        }
    }

    private static String rule(ClockKind kind, TicketType type, Priority priority, PolicyVersion policy) {
        return "Kebijakan SLA " + type + " × " + priority + " v" + policy.version() + ": " + kind.label() + " "
                + kind.target(policy).toMinutes() + " menit kerja";
    }
}
