package id.go.spbe.platform.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndonesianTextTest {

    final IndonesianText text = new IndonesianText();

    @Test
    void derivedFormsOfOneRootMeetOnOneTerm() {
        assertThat(text.terms(text.search(), "pengelolaan dikelola kelola")).containsOnly("kelola");
        assertThat(text.terms(text.search(), "Kepegawaian pegawai SIMPEG ASN")).containsOnly("pegawai");
        assertThat(text.terms(text.search(), "pengaduan aduan")).containsOnly("adu");
        assertThat(text.terms(text.search(), "pelayanan layanan")).containsOnly("layan");
        assertThat(text.terms(text.search(), "perizinan perijinan izin")).containsOnly("izin");
        // synonyms that name the same people
        assertThat(text.terms(text.search(), "rakyat warga masyarakat")).containsOnly("masyarakat");
    }

    @Test
    void indonesianStopWordsAreDropped() {
        assertThat(text.terms(text.search(), "data yang dan dengan pegawai")).containsExactly("data", "pegawai");
    }

    @Test
    void duplicateSignalsLeaveOutWordsEveryGovernmentApplicationCarries() {
        assertThat(text.terms(text.signals(), "Sistem Informasi Manajemen Kepegawaian")).containsExactly("pegawai");
        assertThat(text.terms(text.signals(), "SIMPEG - Aplikasi Pengelolaan Data Pegawai"))
                .containsExactly("pegawai", "pegawai");
        assertThat(text.terms(text.signals(), "Layanan Aspirasi dan Pengaduan Online Rakyat"))
                .containsExactly("aspirasi", "adu", "masyarakat");
        // search keeps them: someone may look for "sistem informasi"
        assertThat(text.terms(text.search(), "Sistem Informasi")).containsExactly("sistem", "informasi");
    }

    @Test
    void termsRememberTheWordTheyCameFrom() {
        StringBuilder pairs = new StringBuilder();
        text.tokens(text.signals(), "Pengaduan Rakyat", (term, word) -> pairs.append(term).append('=').append(word)
                .append(' '));
        assertThat(pairs.toString().trim()).isEqualTo("adu=Pengaduan masyarakat=Rakyat");
    }
}
