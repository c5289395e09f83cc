package id.go.spbe.monev.competency.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The gap report (M5): per role, how many staff the regulation requires (one at least for every role it names) and
 * how many active staff hold the competency with evidence valid on the day.
 */
public final class CompetencyGap {

    public record Line(CompetencyRole role, int required, int present, int gap) {
    }

    private CompetencyGap() {
    }

    /** Every role, in enum order; {@code required} maps the profile's roles to their minimum. */
    public static List<Line> of(Map<CompetencyRole, Integer> required, List<IctStaff> staff, LocalDate day) {
        List<Line> lines = new ArrayList<>();
        for (CompetencyRole role : CompetencyRole.values()) {
            int need = required.getOrDefault(role, 0);
            int present = (int) staff.stream().filter(IctStaff::active)
                    .filter(s -> s.competencies().stream().anyMatch(c -> c.role() == role && c.validOn(day)))
                    .count();
            lines.add(new Line(role, need, present, Math.max(0, need - present)));
        }
        return lines;
    }
}
