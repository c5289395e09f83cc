package id.go.spbe.monev.framework.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An evaluation framework as data (M1): domains, aspects and weighted indicators, the predicate table and how the
 * published index is rounded. Frameworks are versioned data, not code: 59/2020 and its 2026 successor ship as files,
 * others are imported; an evaluation keeps the id of the framework it was opened with. Built only through
 * {@link FrameworkFile}, which checks every invariant the index relies on.
 *
 * @param totalWeight what the domain weights add up to (100 for weights in percent)
 * @param decimals    decimals of the published index, rounded half up (the figures the regulation publishes, e.g.
 *                    2.62, have two)
 */
public record Framework(String id, String name, String regulation, FrameworkStatus status, BigDecimal totalWeight,
        int decimals, List<Domain> domains, List<PredicateBand> predicates) {

    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    public Framework {
        domains = List.copyOf(domains);
        predicates = List.copyOf(predicates);
    }

    public List<Indicator> indicators() {
        return domains.stream().flatMap(d -> d.aspects().stream()).flatMap(a -> a.indicators().stream()).toList();
    }

    public Optional<Indicator> indicator(String no) {
        return indicators().stream().filter(i -> i.no().equals(no)).findFirst();
    }

    /** Indicator number → the aspect it belongs to, in framework order. */
    public Map<String, Aspect> aspectOfIndicator() {
        Map<String, Aspect> map = new LinkedHashMap<>();
        domains.forEach(d -> d.aspects().forEach(a -> a.indicators().forEach(i -> map.put(i.no(), a))));
        return map;
    }

    /** Indicator number → the domain it belongs to, in framework order. */
    public Map<String, Domain> domainOfIndicator() {
        Map<String, Domain> map = new LinkedHashMap<>();
        domains.forEach(d -> d.aspects().forEach(a -> a.indicators().forEach(i -> map.put(i.no(), d))));
        return map;
    }

    /** The published figure: the exact index rounded half up to the framework's decimals. */
    public BigDecimal round(BigDecimal exact) {
        return exact.setScale(decimals, ROUNDING);
    }

    /**
     * The predicate of a published (rounded) index: the band with min ≤ value < max, the top band including its
     * max. Read from the rounded figure, so a region never sees "4,20 — Sangat Baik" next to a table that says
     * 4,2 is Memuaskan.
     */
    public String predicateOf(BigDecimal published) {
        for (int i = 0; i < predicates.size(); i++) {
            PredicateBand band = predicates.get(i);
            boolean top = i == predicates.size() - 1;
            boolean aboveMin = published.compareTo(band.minInclusive()) >= 0;
            boolean belowMax = top ? published.compareTo(band.maxExclusive()) <= 0
                    : published.compareTo(band.maxExclusive()) < 0;
            if (aboveMin && belowMax) {
                return band.predicate();
            }
        }
        throw new IllegalArgumentException("index " + published + " is outside the scale of " + id);
    }
}
