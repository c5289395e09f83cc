package id.go.spbe.audit.plan.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlanCsvTest {

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreDefusedAndSeparatorsQuoted() {
        assertThat(PlanCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(PlanCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(PlanCsv.cell("Aplikasi, Baru")).isEqualTo("\"Aplikasi, Baru\"");
        assertThat(PlanCsv.cell(null)).isEmpty();
        assertThat(PlanCsv.cell("SIMPUS")).isEqualTo("SIMPUS");
    }
}
