package id.go.spbe.monev.framework.domain;

import java.math.BigDecimal;

/**
 * The index of one scope (an aspect, a domain or the whole framework): the exact weighted mean, the published value
 * (rounded per the framework) and its predicate, over the indicators in scope that have a level. {@code exact},
 * {@code value} and {@code predicate} are null while none has; {@code complete} says whether all have.
 */
public record Score(BigDecimal exact, BigDecimal value, String predicate, int assessed, int indicators) {

    public boolean complete() {
        return assessed == indicators;
    }
}
