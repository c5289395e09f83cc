package id.go.spbe.network.lan;

import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.network.lan.domain.Device;
import id.go.spbe.network.lan.domain.DeviceKind;
import id.go.spbe.network.lan.domain.Lan;
import id.go.spbe.platform.problem.InvalidRequestException;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.security.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Devices across the LANs a caller may see: the flat device list (filter by kind, security role) and the
 * end-of-life view (N9: hardware and software past their end of life or reaching it within N months). The devices
 * live inside their LAN documents, so this reads the LANs in scope and pages in memory; a region has some hundred
 * OPDs with tens to hundreds of devices each.
 */
@Service
public class LanDeviceCatalogue {

    /** Sort keys the lists accept. */
    public static final Map<String, Comparator<DeviceRow>> ORDER = Map.of(
            "opd", Comparator.comparing(DeviceRow::opdCode),
            "name", Comparator.comparing(r -> r.device().name().toLowerCase()),
            "kind", Comparator.comparing(r -> r.device().kind()),
            "hardwareEndOfLife", Comparator.comparing(r -> r.device().hardwareEndOfLife(),
                    Comparator.nullsLast(Comparator.naturalOrder())),
            "softwareEndOfLife", Comparator.comparing(r -> r.device().softwareEndOfLife(),
                    Comparator.nullsLast(Comparator.naturalOrder())));

    private final LanInventory inventory;
    private final RegionProfile region;
    private final OpdReferences opds;
    private final Clock clock;

    LanDeviceCatalogue(LanInventory inventory, RegionProfile region, OpdReferences opds, Clock clock) {
        this.inventory = inventory;
        this.opds = opds;
        this.region = region;
        this.clock = clock;
    }

    /** A device with the OPD whose LAN holds it. */
    public record DeviceRow(String opdCode, Device device) {
    }

    /** Where a date stands against today and the window. */
    public enum EndOfLife { PAST, WITHIN_WINDOW }

    /** A device whose hardware or software is past, or near, its end of life. */
    public record EndOfLifeRow(String opdCode, Device device, EndOfLife hardware, EndOfLife software) {
    }

    public Page<DeviceRow> devices(Caller caller, String opd, DeviceKind kind, Boolean security, Pageable page) {
        Stream<DeviceRow> rows = rows(caller, opd)
                .filter(r -> kind == null || r.device().kind() == kind)
                .filter(r -> security == null || r.device().security() == security);
        return page(rows, page, Function.identity());
    }

    /** Every device the list would show, in the list's default order (for the CSV export). */
    public List<DeviceRow> all(Caller caller, String opd, DeviceKind kind, Boolean security) {
        return rows(caller, opd)
                .filter(r -> kind == null || r.device().kind() == kind)
                .filter(r -> security == null || r.device().security() == security)
                .sorted(Comparator.comparing(DeviceRow::opdCode).thenComparing(ORDER.get("name"))
                        .thenComparing(r -> r.device().id()))
                .toList();
    }

    public Page<EndOfLifeRow> endOfLife(Caller caller, String opd, int withinMonths, Pageable page) {
        if (withinMonths < 0 || withinMonths > 120) {
            throw new InvalidRequestException("withinMonths", "withinMonths harus 0 sampai 120 bulan.");
        }
        LocalDate today = LocalDate.now(clock.withZone(region.region().timeZone()));
        LocalDate horizon = today.plusMonths(withinMonths);
        Stream<EndOfLifeRow> rows = rows(caller, opd)
                .map(r -> new EndOfLifeRow(r.opdCode(), r.device(), standing(r.device().hardwareEndOfLife(), today,
                        horizon), standing(r.device().softwareEndOfLife(), today, horizon)))
                .filter(r -> r.hardware() != null || r.software() != null);
        return page(rows, page, r -> new DeviceRow(r.opdCode(), r.device()));
    }

    /** PAST on or after the date; WITHIN_WINDOW up to the horizon; null beyond it or without a date. */
    static EndOfLife standing(LocalDate endOfLife, LocalDate today, LocalDate horizon) {
        if (endOfLife == null) {
            return null;
        }
        if (!endOfLife.isAfter(today)) {
            return EndOfLife.PAST;
        }
        return endOfLife.isAfter(horizon) ? null : EndOfLife.WITHIN_WINDOW;
    }

    private Stream<DeviceRow> rows(Caller caller, String opd) {
        String scope = caller.listScope(opd);
        if (opd != null) {
            opds.requireKnown(scope);
        }
        List<Lan> lans = inventory.inventories(scope);
        return lans.stream().flatMap(lan -> lan.devices().stream().map(d -> new DeviceRow(lan.opdCode(), d)));
    }

    private static <T> Page<T> page(Stream<T> rows, Pageable page, Function<T, DeviceRow> row) {
        Comparator<DeviceRow> order = null;
        for (Sort.Order by : page.getSort()) {
            Comparator<DeviceRow> next = ORDER.get(by.getProperty());
            if (next == null) {
                continue;
            }
            next = by.isAscending() ? next : next.reversed();
            order = order == null ? next : order.thenComparing(next);
        }
        Comparator<DeviceRow> stable = Comparator.comparing(DeviceRow::opdCode)
                .thenComparing(r -> r.device().id());
        Comparator<DeviceRow> full = order == null ? stable : order.thenComparing(stable);
        List<T> all = rows.sorted(Comparator.comparing(row, full)).toList();
        int from = (int) Math.min(page.getOffset(), all.size());
        int to = Math.min(from + page.getPageSize(), all.size());
        return new PageImpl<>(all.subList(from, to), page, all.size());
    }
}
