package id.go.spbe.network.lan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeviceCsvTest {

    @Test
    void cellsAreQuotedAndFormulasDefused() {
        assertThat(DeviceCsv.cell("sw-1")).isEqualTo("sw-1");
        assertThat(DeviceCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(DeviceCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(DeviceCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(DeviceCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(DeviceCsv.cell("")).isEmpty();
    }
}
