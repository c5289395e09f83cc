package id.go.spbe.monev.framework.domain;

import java.math.BigDecimal;
import java.util.List;

/** A domain of the evaluation framework (e.g. "Layanan SPBE", 45.50 %) and its aspects. */
public record Domain(String no, String name, BigDecimal weight, List<Aspect> aspects) {

    public Domain {
        aspects = List.copyOf(aspects);
    }
}
