package id.go.spbe.monev.framework.web;

import id.go.spbe.monev.framework.domain.ArchitectureDomain;
import id.go.spbe.monev.framework.domain.Aspect;
import id.go.spbe.monev.framework.domain.Domain;
import id.go.spbe.monev.framework.domain.Framework;
import id.go.spbe.monev.framework.domain.FrameworkStatus;
import id.go.spbe.monev.framework.domain.Indicator;
import id.go.spbe.monev.framework.domain.PredicateBand;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.List;

/** The web layer's own views of frameworks. */
final class FrameworkPayloads {

    private FrameworkPayloads() {
    }

    record FrameworkSummary(String id, String name, String regulation, FrameworkStatus status, int domains,
            int aspects, int indicators, BigDecimal totalWeight, int decimals) {

        static FrameworkSummary of(Framework f) {
            return new FrameworkSummary(f.id(), f.name(), f.regulation(), f.status(), f.domains().size(),
                    f.domains().stream().mapToInt(d -> d.aspects().size()).sum(), f.indicators().size(),
                    f.totalWeight(), f.decimals());
        }
    }

    record FrameworkResponse(String id, String name, String regulation, FrameworkStatus status,
            BigDecimal totalWeight, int decimals, List<DomainView> domains, List<PredicateView> predicates) {

        static FrameworkResponse of(Framework f) {
            return new FrameworkResponse(f.id(), f.name(), f.regulation(), f.status(), f.totalWeight(), f.decimals(),
                    f.domains().stream().map(DomainView::of).toList(),
                    f.predicates().stream().map(PredicateView::of).toList());
        }
    }

    record DomainView(String no, String name, BigDecimal weight, List<AspectView> aspects) {
        static DomainView of(Domain d) {
            return new DomainView(d.no(), d.name(), d.weight(), d.aspects().stream().map(AspectView::of).toList());
        }
    }

    record AspectView(String no, String name, BigDecimal weight, List<IndicatorView> indicators) {
        static AspectView of(Aspect a) {
            return new AspectView(a.no(), a.name(), a.weight(),
                    a.indicators().stream().map(IndicatorView::of).toList());
        }
    }

    /** {@code levelDescriptors}: empty, or the descriptions of levels 1..5 in order. */
    record IndicatorView(String no, String name, BigDecimal weight, @Nullable ArchitectureDomain architectureDomain,
            List<String> levelDescriptors) {
        static IndicatorView of(Indicator i) {
            return new IndicatorView(i.no(), i.name(), i.weight(), i.architectureDomain(), i.levelDescriptors());
        }
    }

    record FrameworkHistoryResponse(boolean intact, @Nullable Long firstBrokenSequence,
            List<id.go.spbe.platform.domain.HistoryEntry> entries) {
    }

    /** {@code maxExclusive} is inclusive for the top band. */
    record PredicateView(BigDecimal minInclusive, BigDecimal maxExclusive, String predicate) {
        static PredicateView of(PredicateBand b) {
            return new PredicateView(b.minInclusive(), b.maxExclusive(), b.predicate());
        }
    }
}
