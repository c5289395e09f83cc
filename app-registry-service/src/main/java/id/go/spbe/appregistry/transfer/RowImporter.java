package id.go.spbe.appregistry.transfer;

import id.go.spbe.appregistry.application.ApplicationFilter;
import id.go.spbe.appregistry.application.ApplicationRegister;
import id.go.spbe.appregistry.application.domain.Application;
import id.go.spbe.appregistry.transfer.domain.ImportJob;
import id.go.spbe.appregistry.transfer.domain.RowProblem;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.security.Caller;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the rows of one job into registrations. Every row goes through {@link ApplicationRegister#register}, i.e.
 * the Application aggregate, so imported applications obey exactly the rules of the form and are published as
 * {@code ApplicationRegistered}.
 *
 * <p>Idempotency: an application is the same when it has the same owner OPD and the same name, ignoring case and
 * spacing. A row naming an application that is already registered is refused as "sudah terdaftar" with the
 * existing id, so importing a file twice (or importing an export back) never creates duplicates, and a corrected
 * errors file can be re-uploaded together with rows that already went in.
 */
final class RowImporter {

    /** An application already in the register, as far as the duplicate check needs it. */
    private record Existing(String id, String name, String registeredBy, Instant registeredAt) {
    }

    private final ApplicationRegister register;
    private final InventoryLayout layout;
    private final InventoryLayout.Context context;
    private final Map<String, Integer> columns;
    private final int headerSize;
    private final Clock clock;
    private final Map<String, Map<String, Existing>> byOwner = new HashMap<>();

    RowImporter(ApplicationRegister register, InventoryLayout layout, InventoryLayout.Context context,
            CsvTable table, Clock clock) {
        this.register = register;
        this.layout = layout;
        this.context = context;
        this.columns = table.columns();
        this.headerSize = table.header().size();
        this.clock = clock;
    }

    void importRow(ImportJob job, CsvTable.Row row) {
        if (row.values().size() != headerSize) {
            job.rowRejected(row.number(), List.of(new RowProblem(row.number(), row.line(), null, "Baris berisi "
                    + row.values().size() + " kolom, sedangkan judul kolom berisi " + headerSize + ".", null)),
                    List.of(), clock.instant());
            return;
        }
        RowReading reading = layout.read(row, columns, context);
        if (!reading.valid()) {
            job.rowRejected(row.number(), reading.errors(), reading.warnings(), clock.instant());
            return;
        }
        Caller caller = context.caller();
        String owner = reading.ownerOpd();
        if (!caller.mayActFor(owner)) {
            reject(job, reading, layout.ownerColumn(), "Operator OPD " + caller.opd() + " hanya dapat mengimpor "
                    + "aplikasi milik OPD-nya sendiri; baris ini milik " + owner + ".", "SEC1");
            return;
        }
        Map<String, Existing> registered = registeredFor(owner);
        String key = Names.normalize(reading.details().name());
        Existing existing = registered.get(key);
        if (existing != null) {
            if (job.registeredByInterruptedRun(existing.id(), existing.registeredBy(), existing.registeredAt())) {
                job.rowImported(row.number(), existing.id(), reading.warnings(), clock.instant());
            } else {
                reject(job, reading, layout.nameColumn(), "Aplikasi '" + existing.name() + "' sudah terdaftar untuk "
                        + "OPD " + owner + " (id " + existing.id() + "); baris dilewati agar tidak tercatat ganda.",
                        null);
            }
            return;
        }
        try {
            Application app = register.register(caller, reading.details(), owner);
            registered.put(key, new Existing(app.id(), app.name(), app.registeredBy(), app.registeredAt()));
            job.rowImported(row.number(), app.id(), reading.warnings(), clock.instant());
        } catch (RuleViolationException refused) {
            reject(job, reading, null, refused.getMessage(), refused.obligation());
        } catch (AccessDeniedException denied) {
            reject(job, reading, layout.ownerColumn(), "Anda tidak berwenang mendaftarkan aplikasi untuk OPD " + owner
                    + ".", "SEC1");
        } catch (StateConflictException | NotFoundException conflict) {
            reject(job, reading, null, conflict.getMessage(), null);
        }
    }

    private void reject(ImportJob job, RowReading reading, String column, String message, String obligation) {
        List<RowProblem> problems = new ArrayList<>(reading.errors());
        problems.add(new RowProblem(reading.number(), reading.line(), column, message, obligation));
        job.rowRejected(reading.number(), problems, reading.warnings(), clock.instant());
    }

    private Map<String, Existing> registeredFor(String owner) {
        return byOwner.computeIfAbsent(owner, o -> {
            Map<String, Existing> names = new HashMap<>();
            ApplicationFilter filter = ApplicationFilter.none().withOpd(o);
            for (Application app : register.find(filter, Pageable.unpaged()).getContent()) {
                names.putIfAbsent(Names.normalize(app.name()),
                        new Existing(app.id(), app.name(), app.registeredBy(), app.registeredAt()));
            }
            return names;
        });
    }
}
