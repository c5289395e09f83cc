package id.go.spbe.monev.framework;

import id.go.spbe.monev.framework.domain.ArchitectureDomain;
import id.go.spbe.monev.framework.domain.Framework;
import id.go.spbe.monev.framework.domain.FrameworkFile;
import id.go.spbe.monev.framework.domain.FrameworkStatus;
import id.go.spbe.monev.framework.domain.ImportedFramework;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.security.Caller;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every framework an evaluation may use: the shipped ones and those evaluators imported (M1). */
@Service
public class FrameworkCatalogue {

    private final ShippedFrameworks shipped;
    private final FrameworkRepository imported;
    private final Clock clock;

    FrameworkCatalogue(ShippedFrameworks shipped, FrameworkRepository imported, Clock clock) {
        this.shipped = shipped;
        this.imported = imported;
        this.clock = clock;
    }

    public Optional<Framework> find(String id) {
        return shipped.find(id).or(() -> imported.findById(id).map(ImportedFramework::definition));
    }

    public Framework require(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("Kerangka evaluasi", id));
    }

    /** An imported framework's record (with its change history); shipped frameworks have none: 404. */
    public ImportedFramework requireImported(String id) {
        return imported.findById(id).orElseThrow(() -> new NotFoundException("Kerangka evaluasi impor", id));
    }

    /** Shipped first (in catalogue order), then imported ones by id. */
    public List<Framework> all() {
        List<Framework> all = new ArrayList<>(shipped.all());
        imported.findAll().stream().map(ImportedFramework::definition).sorted(Comparator.comparing(Framework::id))
                .forEach(all::add);
        return all;
    }

    /**
     * Checks and stores a framework from its files; the caller's role is checked by the endpoint. An id already in
     * use (shipped or imported) is a 409: frameworks are never replaced under an evaluation that uses them.
     */
    public Framework importFramework(Caller caller, String id, String name, String regulation,
            BigDecimal totalWeight, int decimals, String indicatorsCsv, String predicatesCsv) {
        if (find(id).isPresent()) {
            throw new StateConflictException("Kerangka evaluasi '" + id + "' sudah ada; impor dengan id baru.");
        }
        Framework framework = FrameworkFile.read(new FrameworkFile.Header(id, name, regulation,
                FrameworkStatus.IMPORTED, totalWeight, decimals), indicatorsCsv, predicatesCsv,
                Map.<String, ArchitectureDomain>of());
        imported.insert(ImportedFramework.importFrom(framework, caller.username(), clock.instant()));
        return framework;
    }
}
