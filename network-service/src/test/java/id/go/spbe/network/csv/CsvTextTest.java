package id.go.spbe.network.csv;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTextTest {

    @Test
    void aNegativeNumberStaysANumberButAFormulaStartingWithMinusIsDefused() {
        assertThat(CsvText.cell("-3.47")).isEqualTo("-3.47");
        assertThat(CsvText.cell("-12")).isEqualTo("-12");
        assertThat(CsvText.cell("-1.0E-4")).isEqualTo("-1.0E-4");
        assertThat(CsvText.cell("-1+1")).isEqualTo("'-1+1");
        assertThat(CsvText.cell("-3.47,1")).isEqualTo("\"'-3.47,1\"");
        assertThat(CsvText.cell("+62811")).isEqualTo("'+62811");
    }

    @Test
    void aTableIsAHeaderAndOneCrlfLinePerRow() {
        assertThat(CsvText.of(List.of("a", "b"), List.of(List.of("1", "x,y"), List.of("=2", ""))))
                .isEqualTo("a,b\r\n1,\"x,y\"\r\n'=2,\r\n");
    }
}
