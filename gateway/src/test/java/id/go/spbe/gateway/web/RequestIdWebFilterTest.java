package id.go.spbe.gateway.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdWebFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"8f14e45f-ceea-467f-a0e1-7c2c5b2f6a10", "opd-dinkes.simpus:2026-11-22_001", "a"})
    void aWellFormedIdIsKept(String id) {
        assertThat(RequestIdWebFilter.acceptOrGenerate(id)).isEqualTo(id);
    }

    @Test
    void anIdOfExactlyTheMaximumLengthIsKept() {
        String longest = "x".repeat(RequestIdWebFilter.MAX_LENGTH);
        assertThat(RequestIdWebFilter.acceptOrGenerate(longest)).isEqualTo(longest);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"has space", "new\nline", "<script>", "ünïcode", "semi;colon", "quote\"d"})
    void aMissingOrMalformedIdIsReplacedByAUuid(String id) {
        String accepted = RequestIdWebFilter.acceptOrGenerate(id);
        assertThat(UUID.fromString(accepted).toString()).isEqualTo(accepted);
    }

    @Test
    void anOverlongIdIsReplaced() {
        String tooLong = "x".repeat(RequestIdWebFilter.MAX_LENGTH + 1);
        assertThat(RequestIdWebFilter.acceptOrGenerate(tooLong)).isNotEqualTo(tooLong).hasSize(36);
    }
}
