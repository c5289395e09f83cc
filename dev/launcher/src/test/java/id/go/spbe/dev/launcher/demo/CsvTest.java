package id.go.spbe.dev.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void skipsTheSourceCommentsAndKeepsCommasQuotesAndLineBreaksInsideQuotedFields() {
        String text = """
                # SOURCE: somewhere, with a comma
                # second comment line
                id_app,judul,infofungsi
                85,SMS Gateway,"Memberikan informasi terkait pajak hotel, restoran dan hiburan
                "
                4,"Penilaian ""Kesehatan"" Koperasi",
                """;
        List<Map<String, String>> rows = Csv.read(text);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("id_app", "85")
                .containsEntry("infofungsi", "Memberikan informasi terkait pajak hotel, restoran dan hiburan\n");
        assertThat(rows.get(1)).containsEntry("judul", "Penilaian \"Kesehatan\" Koperasi").containsEntry("infofungsi", "");
    }

    @Test
    void acceptsCrLfLineEndsAndIgnoresBlankLines() {
        assertThat(Csv.read("a,b\r\n1,2\r\n\r\n3,4")).containsExactly(Map.of("a", "1", "b", "2"), Map.of("a", "3", "b", "4"));
    }

    @Test
    void refusesARecordWhoseFieldCountDiffersFromTheHeaderAndAnUnterminatedQuote() {
        assertThatThrownBy(() -> Csv.read("a,b\n1,2,3\n")).hasMessageContaining("3 fields");
        assertThatThrownBy(() -> Csv.read("a,b\n1,\"2\n")).hasMessageContaining("unterminated");
    }
}
