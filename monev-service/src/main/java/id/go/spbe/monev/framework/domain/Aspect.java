package id.go.spbe.monev.framework.domain;

import java.math.BigDecimal;
import java.util.List;

/** An aspect (aspek) and its indicators; its weight is the sum of theirs (checked on import). */
public record Aspect(String no, String name, BigDecimal weight, List<Indicator> indicators) {

    public Aspect {
        indicators = List.copyOf(indicators);
    }
}
