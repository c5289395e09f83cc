package id.go.spbe.network.lan;

import id.go.spbe.platform.csv.CsvText;
import id.go.spbe.network.lan.LanDeviceCatalogue.DeviceRow;
import id.go.spbe.network.lan.domain.Device;

import java.util.List;

import static id.go.spbe.platform.csv.CsvText.text;

/** The device list as CSV ({@link CsvText}: UTF-8, header row, formula cells defused). */
public final class DeviceCsv {

    static final List<String> HEADER = List.of("opd", "id", "name", "kind", "siteId", "vendor", "model",
            "serialNumber", "security", "internetFacing", "hardwareEndOfLife", "softwareName", "softwareVersion",
            "softwareEndOfLife", "interfaces");

    private DeviceCsv() {
    }

    public static String of(List<DeviceRow> rows) {
        return CsvText.of(HEADER, rows.stream().map(row -> {
            Device d = row.device();
            return List.of(row.opdCode(), d.id(), d.name(), d.kind().name(), text(d.siteId()), text(d.vendor()),
                    text(d.model()), text(d.serialNumber()), String.valueOf(d.security()),
                    String.valueOf(d.internetFacing()), text(d.hardwareEndOfLife()), text(d.softwareName()),
                    text(d.softwareVersion()), text(d.softwareEndOfLife()),
                    String.join(" ", d.interfaces().stream().map(i -> i.name()).toList()));
        }).toList());
    }

    static String cell(String value) {
        return CsvText.cell(value);
    }
}
