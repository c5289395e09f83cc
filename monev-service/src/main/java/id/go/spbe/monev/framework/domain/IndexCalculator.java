package id.go.spbe.monev.framework.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SPBE index (59/2020 §1.4): index of a scope = Σ(level × weight) / Σ weight over the scope's indicators; the same
 * formula for each aspect, each domain and the whole framework. Exact decimal arithmetic: weights are decimals such as
 * 2.75, and a binary double turns an index of exactly 4.195 into 4.19499… which rounds to the wrong published figure.
 * Indicators without a level are left out of every scope (the score says how many were counted).
 */
public final class IndexCalculator {

    /** 34 significant digits: far below any rounding boundary a framework's weights can produce. */
    private static final MathContext PRECISION = MathContext.DECIMAL128;

    private IndexCalculator() {
    }

    public static IndexResult compute(Framework framework, Map<String, Integer> levels) {
        List<IndexResult.DomainScore> domains = new ArrayList<>();
        List<IndexResult.AspectScore> aspects = new ArrayList<>();
        Sum total = new Sum();
        for (Domain domain : framework.domains()) {
            Sum domainSum = new Sum();
            for (Aspect aspect : domain.aspects()) {
                Sum aspectSum = new Sum();
                for (Indicator indicator : aspect.indicators()) {
                    Integer level = levels.get(indicator.no());
                    aspectSum.add(indicator.weight(), level);
                    domainSum.add(indicator.weight(), level);
                    total.add(indicator.weight(), level);
                }
                aspects.add(new IndexResult.AspectScore(aspect.no(), aspect.name(), domain.no(),
                        aspectSum.score(framework)));
            }
            domains.add(new IndexResult.DomainScore(domain.no(), domain.name(), domainSum.score(framework)));
        }
        return new IndexResult(framework.id(), total.score(framework), domains, aspects);
    }

    /** The index over a subset of indicators (e.g. those one OPD answers for, M4). */
    public static Score scoreOf(Framework framework, Map<String, Integer> levels, java.util.Set<String> indicatorNos) {
        Sum sum = new Sum();
        framework.indicators().stream().filter(i -> indicatorNos.contains(i.no()))
                .forEach(i -> sum.add(i.weight(), levels.get(i.no())));
        return sum.score(framework);
    }

    private static final class Sum {
        private BigDecimal weighted = BigDecimal.ZERO;
        private BigDecimal weights = BigDecimal.ZERO;
        private int assessed;
        private int indicators;

        void add(BigDecimal weight, Integer level) {
            indicators++;
            if (level == null) {
                return;
            }
            if (!Levels.valid(level)) {
                throw new IllegalArgumentException("level " + level + " is outside 1..5");
            }
            weighted = weighted.add(weight.multiply(BigDecimal.valueOf(level)));
            weights = weights.add(weight);
            assessed++;
        }

        Score score(Framework framework) {
            if (assessed == 0) {
                return new Score(null, null, null, 0, indicators);
            }
            BigDecimal exact = weighted.divide(weights, PRECISION);
            BigDecimal published = framework.round(exact);
            return new Score(exact, published, framework.predicateOf(published), assessed, indicators);
        }
    }
}
