package id.go.spbe.servicedesk.supervision.domain;

import id.go.spbe.servicedesk.sla.domain.ClockKind;
import id.go.spbe.servicedesk.sla.domain.ClockState;
import id.go.spbe.servicedesk.sla.domain.SlaEngine;
import id.go.spbe.servicedesk.ticket.domain.Escalation;
import id.go.spbe.servicedesk.ticket.domain.Satisfaction;
import id.go.spbe.servicedesk.ticket.domain.Ticket;
import id.go.spbe.servicedesk.ticket.domain.TicketFact;
import id.go.spbe.servicedesk.ticket.domain.TicketFact.Kind;
import id.go.spbe.servicedesk.ticket.domain.Tier;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Dinas's monthly supervision of the desks (S4, RL p46(11), BT p41(11)): per OPD the Tier 1 performance — volume,
 * escalation rate, SLA met, backlog and its age, CSAT — and per desk (Tier 1, Tier 2; or the one service centre) what
 * it received, resolved within its SLA, still holds and how long it held what it resolved.
 * <p>
 * Every figure is taken <em>as of the month's end</em> (or now, for the running month): each ticket's facts after
 * that instant are ignored and its clocks are recomputed by the SLA engine from the facts before it, so a report of a
 * past month does not change when its tickets are worked on later. It does follow the retroactive rules of S5: the
 * ticket's current priority and the policy versions and calendar as they are now.
 * <ul>
 *   <li>opened: tickets opened in the month; Tier 1 cohort: those of them that started in the OPD's Tier 1 queue;
 *       escalated: those of the cohort escalated from Tier 1 by the month's end (escalation rate = escalated / cohort);</li>
 *   <li>resolved: tickets whose resolution fell in the month and that were still resolved (or closed) at its end;
 *       SLA met: those of them where no service clock (time to own, first response, resolution) breached;</li>
 *   <li>backlog: tickets opened before the month's end and not resolved at it; age in calendar days from opening;</li>
 *   <li>CSAT: ratings given in the month (1–5), average.</li>
 * </ul>
 */
public final class MonthlySupervision {

    /** One OPD's row. The Tier 1 figures ({@code openedAtTier1}, {@code escalated}, rate) are null in a one-tier region. */
    public record OpdRow(String opd, String name, long opened, Long openedAtTier1, Long escalated,
            Double escalationRatePercent, long resolved, long slaMet, Double slaMetPercent, long backlog,
            Double backlogAverageAgeDays, Long backlogOldestAgeDays, long csatCount, Double csatAverage) {
    }

    /**
     * One desk: what reached it in the month (opened there or escalated to it), what it resolved and how many of those
     * within the SLA, what it held at the month's end, and the average business hours it held what it resolved (its
     * OLA clock).
     */
    public record DeskRow(Tier desk, long received, long resolved, long slaMet, Double slaMetPercent, long backlog,
            Double backlogAverageAgeDays, Double averageBusinessHoursHeld) {
    }

    /**
     * @param complete false for the running month (figures as of {@code asOf} = now)
     * @param tiered   TIERED region: desks are Tier 1 and Tier 2; otherwise the one SERVICE_CENTRE desk
     */
    public record Report(YearMonth month, ZoneId zone, Instant from, Instant to, Instant asOf, boolean complete,
            boolean tiered, List<OpdRow> opds, OpdRow total, List<DeskRow> desks) {
    }

    private static final class Counts {
        long opened;
        long openedAtTier1;
        long escalated;
        long received;
        long resolved;
        long slaMet;
        long backlog;
        double backlogAgeDays;
        long backlogOldestSeconds = -1;
        long csatCount;
        long csatSum;
        long heldSeconds;

        void add(Counts o) {
            opened += o.opened;
            openedAtTier1 += o.openedAtTier1;
            escalated += o.escalated;
            received += o.received;
            resolved += o.resolved;
            slaMet += o.slaMet;
            backlog += o.backlog;
            backlogAgeDays += o.backlogAgeDays;
            backlogOldestSeconds = Math.max(backlogOldestSeconds, o.backlogOldestSeconds);
            csatCount += o.csatCount;
            csatSum += o.csatSum;
            heldSeconds += o.heldSeconds;
        }

        void backlog(Duration age) {
            backlog++;
            backlogAgeDays += age.toSeconds() / 86_400.0;
            backlogOldestSeconds = Math.max(backlogOldestSeconds, age.toSeconds());
        }
    }

    private final YearMonth month;
    private final ZoneId zone;
    private final boolean tiered;
    private final SlaEngine engine;
    private final Instant from;
    private final Instant to;
    private final Instant asOf;
    private final Map<String, Counts> byOpd = new TreeMap<>();
    private final Map<Tier, Counts> byDesk = new EnumMap<>(Tier.class);

    /**
     * @param now the present; the month must not lie after it (the caller refuses future months)
     */
    public MonthlySupervision(YearMonth month, ZoneId zone, boolean tiered, SlaEngine engine, Instant now) {
        this.month = month;
        this.zone = zone;
        this.tiered = tiered;
        this.engine = engine;
        this.from = month.atDay(1).atStartOfDay(zone).toInstant();
        this.to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        this.asOf = now.isBefore(to) ? now : to;
        for (Tier desk : desks()) {
            byDesk.put(desk, new Counts());
        }
    }

    /** The window's start: tickets opened before {@link #asOf()} and touched (or still open) since matter. */
    public Instant from() {
        return from;
    }

    public Instant asOf() {
        return asOf;
    }

    private List<Tier> desks() {
        return tiered ? List.of(Tier.TIER1, Tier.TIER2) : List.of(Tier.SERVICE_CENTRE);
    }

    /** An OPD with a row even if none of its tickets touch the month (an idle OPD is itself a finding). */
    public MonthlySupervision opd(String code) {
        byOpd.computeIfAbsent(code, c -> new Counts());
        return this;
    }

    /** Counts one ticket; tickets opened after the month's end (or now) are ignored. */
    public void add(Ticket ticket) {
        if (!ticket.openedAt().isBefore(asOf)) {
            return;
        }
        List<TicketFact> facts = factsBefore(ticket.facts());
        Counts opd = byOpd.computeIfAbsent(ticket.requesterOpd(), c -> new Counts());
        boolean openedInMonth = !ticket.openedAt().isBefore(from);
        Tier firstDesk = desk(facts.get(0).tier());
        if (openedInMonth) {
            opd.opened++;
            byDesk.get(firstDesk).received++;
            if (firstDesk == Tier.TIER1) {
                opd.openedAtTier1++;
                if (ticket.escalations().stream().anyMatch(e -> e.from() == Tier.TIER1 && e.at().isBefore(asOf))) {
                    opd.escalated++;
                }
            }
        }
        for (Escalation e : ticket.escalations()) {
            if (e.to() == Tier.TIER2 && !e.at().isBefore(from) && e.at().isBefore(asOf) && byDesk.containsKey(e.to())) {
                byDesk.get(e.to()).received++;
            }
        }
        TicketFact lastEnd = null;
        boolean done = false;
        for (TicketFact f : facts) {
            if (f.kind() == Kind.RESOLVED || f.kind() == Kind.CLOSED) {
                done = true;
                if (f.kind() == Kind.RESOLVED) {
                    lastEnd = f;
                }
            } else if (f.kind() == Kind.REOPENED) {
                done = false;
            }
        }
        if (done && lastEnd != null && !lastEnd.at().isBefore(from)) {
            Tier resolvedAt = desk(lastEnd.tier());
            List<ClockState> clocks = engine.clocks(ticket.type(), ticket.priority(), facts, asOf);
            boolean met = clocks.stream().noneMatch(c -> c.clock().targeted()
                    && c.status() == ClockState.Status.BREACHED);
            Counts desk = byDesk.get(resolvedAt);
            opd.resolved++;
            desk.resolved++;
            if (met) {
                opd.slaMet++;
                desk.slaMet++;
            }
            ClockKind ola = switch (resolvedAt) {
                case TIER1 -> ClockKind.OLA_TIER1;
                case TIER2 -> ClockKind.OLA_TIER2;
                case SERVICE_CENTRE -> ClockKind.OLA_SERVICE_CENTRE;
            };
            desk.heldSeconds += clocks.stream().filter(c -> c.clock() == ola).mapToLong(c -> c.elapsed().toSeconds())
                    .sum();
        } else if (!done) {
            Duration age = Duration.between(ticket.openedAt(), asOf);
            opd.backlog(age);
            deskCounts(facts.get(facts.size() - 1).tier()).backlog(age);
        }
        Satisfaction csat = ticket.satisfaction();
        if (csat != null && !csat.at().isBefore(from) && csat.at().isBefore(asOf)) {
            opd.csatCount++;
            opd.csatSum += csat.score();
        }
    }

    private List<TicketFact> factsBefore(List<TicketFact> facts) {
        int n = facts.size();
        while (n > 1 && !facts.get(n - 1).at().isBefore(asOf)) {
            n--;
        }
        return n == facts.size() ? facts : facts.subList(0, n);
    }

    /** A ticket's tier as a desk of this region (a ticket from before a switch to one desk counts at that desk). */
    private Tier desk(Tier tier) {
        if (!tiered) {
            return Tier.SERVICE_CENTRE;
        }
        return tier == Tier.SERVICE_CENTRE ? Tier.TIER2 : tier;
    }

    private Counts deskCounts(Tier tier) {
        return byDesk.get(desk(tier));
    }

    /** The report, with {@code names} for the OPD codes (the code stands in for an OPD the directory does not know). */
    public Report report(Map<String, String> names) {
        List<OpdRow> rows = new ArrayList<>();
        Counts total = new Counts();
        byOpd.forEach((code, c) -> {
            rows.add(row(code, names.getOrDefault(code, code), c));
            total.add(c);
        });
        List<DeskRow> deskRows = new ArrayList<>();
        byDesk.forEach((tier, c) -> deskRows.add(new DeskRow(tier, c.received, c.resolved, c.slaMet,
                percent(c.slaMet, c.resolved), c.backlog, average(c.backlogAgeDays, c.backlog),
                c.resolved == 0 ? null : round1(c.heldSeconds / 3600.0 / c.resolved))));
        return new Report(month, zone, from, to, asOf, asOf.equals(to), tiered, List.copyOf(rows),
                row("TOTAL", "Jumlah", total), List.copyOf(deskRows));
    }

    private OpdRow row(String code, String name, Counts c) {
        return new OpdRow(code, name, c.opened, tiered ? c.openedAtTier1 : null, tiered ? c.escalated : null,
                tiered ? percent(c.escalated, c.openedAtTier1) : null, c.resolved, c.slaMet,
                percent(c.slaMet, c.resolved), c.backlog, average(c.backlogAgeDays, c.backlog),
                c.backlogOldestSeconds < 0 ? null : c.backlogOldestSeconds / 86_400,
                c.csatCount, c.csatCount == 0 ? null : round1((double) c.csatSum / c.csatCount));
    }

    private static Double percent(long part, long whole) {
        return whole == 0 ? null : round1(100.0 * part / whole);
    }

    private static Double average(double sum, long count) {
        return count == 0 ? null : round1(sum / count);
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
