package id.go.spbe.platform.csv;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTextTest {

    @Test
    void aNegativeNumberStaysANumberButAFormulaStartingWithMinusIsDefused() {
        assertThat(CsvText.cell("-3.47")).isEqualTo("-3.47");
        assertThat(CsvText.cell("-12")).isEqualTo("-12");
        assertThat(CsvText.cell("-1.0E-4")).isEqualTo("-1.0E-4");
        assertThat(CsvText.cell(new BigDecimal("-0.5"))).isEqualTo("-0.5");
        assertThat(CsvText.cell("-1+1")).isEqualTo("'-1+1");
        assertThat(CsvText.cell("-3.47,1")).isEqualTo("\"'-3.47,1\"");
        assertThat(CsvText.cell("+62811")).isEqualTo("'+62811");
        assertThat(CsvText.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvText.cell("\t=1")).isEqualTo("'\t=1");
    }

    @Test
    void quotesAreDoubledAndBreaksQuoted() {
        assertThat(CsvText.cell("kata \"kutip\"")).isEqualTo("\"kata \"\"kutip\"\"\"");
        assertThat(CsvText.cell("baris\nbaru")).isEqualTo("\"baris\nbaru\"");
        assertThat(CsvText.cell(null)).isEmpty();
    }

    @Test
    void aTableIsAHeaderAndOneCrlfLinePerRow() {
        assertThat(CsvText.of(List.of("a", "b"), List.of(List.of("1", "x,y"), List.of("=2", ""))))
                .isEqualTo("a,b\r\n1,\"x,y\"\r\n'=2,\r\n");
        assertThat(CsvText.row("x", 3, null)).isEqualTo("x,3,\r\n");
    }

    @Test
    void aGuardedCellReadBackIsTheTextAsItWas() {
        for (String text : List.of("=1+1", "+62811", "-1+1", "@x", "\t=1", "SIMPUS", "'biasa", "-3.47")) {
            assertThat(CsvText.unguard(CsvText.guard(text))).isEqualTo(text);
        }
        assertThat(CsvText.guard("SIMPUS")).isEqualTo("SIMPUS");
        assertThat(CsvText.unguard("'biasa")).isEqualTo("'biasa");
    }
}
