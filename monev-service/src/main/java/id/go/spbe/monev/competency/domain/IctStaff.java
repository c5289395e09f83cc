package id.go.spbe.monev.competency.domain;

import id.go.spbe.monev.competency.domain.CompetencyEvents.CompetencyView;
import id.go.spbe.monev.competency.domain.CompetencyEvents.IctStaffUpdated;
import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One ICT staff member of Dinas in the competency register (M5): name, position, the competencies held with their
 * evidence. Someone who leaves stays in the register (history) but no longer counts.
 */
@Document("ict_staff")
public class IctStaff extends AggregateRoot {

    @Id
    private String id;
    @Indexed
    private String opd;
    private String name;
    private String position;
    private List<Competency> competencies = new ArrayList<>();
    @Indexed
    private boolean active;
    private Instant updatedAt;

    IctStaff() {
    }

    public static IctStaff register(String opd, String name, String position, List<Competency> competencies,
            String by, Instant now) {
        IctStaff staff = new IctStaff();
        staff.id = UUID.randomUUID().toString();
        staff.opd = opd;
        staff.active = true;
        staff.change(name, position, competencies, by, now);
        return staff;
    }

    /** M5: replaces name, position and competencies; a role listed twice is refused. */
    public void update(String name, String position, List<Competency> competencies, String by, Instant now) {
        if (!active) {
            throw new StateConflictException("Staf " + id + " sudah tidak aktif.");
        }
        change(name, position, competencies, by, now);
    }

    public void leave(String by, Instant now) {
        if (!active) {
            throw new StateConflictException("Staf " + id + " sudah tidak aktif.");
        }
        active = false;
        updatedAt = now;
        raise(updated(by, now));
    }

    private void change(String name, String position, List<Competency> competencies, String by, Instant now) {
        Set<CompetencyRole> seen = EnumSet.noneOf(CompetencyRole.class);
        for (Competency competency : competencies) {
            if (!seen.add(competency.role())) {
                throw new RuleViolationException("M5", "Kompetensi " + competency.role() + " tercantum lebih dari "
                        + "sekali.");
            }
        }
        this.name = name;
        this.position = position;
        this.competencies = new ArrayList<>(competencies);
        updatedAt = now;
        raise(updated(by, now));
    }

    private IctStaffUpdated updated(String by, Instant now) {
        return new IctStaffUpdated(UUID.randomUUID(), now, id, opd, active,
                competencies.stream().map(CompetencyView::of).toList(), by);
    }

    public String id() {
        return id;
    }

    public String opd() {
        return opd;
    }

    public String name() {
        return name;
    }

    public String position() {
        return position;
    }

    public List<Competency> competencies() {
        return List.copyOf(competencies);
    }

    public boolean active() {
        return active;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
