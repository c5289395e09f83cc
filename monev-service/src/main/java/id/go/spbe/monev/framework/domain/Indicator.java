package id.go.spbe.monev.framework.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator: its number in the framework (a string: "12", or "35-1" in the 2018 framework), name, weight in the
 * framework's weight unit, the architecture domain that decides who assesses it (M3), and optional descriptors of
 * levels 1..5 (empty, or exactly five).
 */
public record Indicator(String no, String name, BigDecimal weight, ArchitectureDomain architectureDomain,
        List<String> levelDescriptors) {

    public Indicator {
        levelDescriptors = levelDescriptors == null ? List.of() : List.copyOf(levelDescriptors);
    }
}
