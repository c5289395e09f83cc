package id.go.spbe.network.lan;

import id.go.spbe.network.lan.LanDeviceCatalogue.DeviceRow;
import id.go.spbe.network.lan.domain.Device;

import java.time.LocalDate;
import java.util.List;

/**
 * The device list as CSV (RFC 4180, UTF-8, header row). A cell a spreadsheet would run as a formula (= + - @, tab,
 * CR) gets a leading apostrophe (OWASP CSV injection), as app-registry's export does.
 */
public final class DeviceCsv {

    static final List<String> HEADER = List.of("opd", "id", "name", "kind", "siteId", "vendor", "model",
            "serialNumber", "security", "internetFacing", "hardwareEndOfLife", "softwareName", "softwareVersion",
            "softwareEndOfLife", "interfaces");

    private DeviceCsv() {
    }

    public static String of(List<DeviceRow> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER);
        for (DeviceRow row : rows) {
            Device d = row.device();
            line(csv, List.of(row.opdCode(), d.id(), d.name(), d.kind().name(), text(d.siteId()), text(d.vendor()),
                    text(d.model()), text(d.serialNumber()), String.valueOf(d.security()),
                    String.valueOf(d.internetFacing()), date(d.hardwareEndOfLife()), text(d.softwareName()),
                    text(d.softwareVersion()), date(d.softwareEndOfLife()),
                    String.join(" ", d.interfaces().stream().map(i -> i.name()).toList())));
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String cell(String value) {
        String guarded = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = guarded.indexOf(',') >= 0 || guarded.indexOf('"') >= 0 || guarded.indexOf('\n') >= 0
                || guarded.indexOf('\r') >= 0;
        return quote ? '"' + guarded.replace("\"", "\"\"") + '"' : guarded;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String date(LocalDate value) {
        return value == null ? "" : value.toString();
    }
}
