package id.go.spbe.appregistry.opd.web;

import id.go.spbe.appregistry.opd.domain.MandiriTikDecision;
import id.go.spbe.appregistry.opd.domain.MandiriTikDecree;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Request and response bodies of the Mandiri TIK decision API (G3). */
final class MandiriTikPayloads {

    private MandiriTikPayloads() {
    }

    /**
     * A decree as signed: {@code designated} true = ditetapkan, false = dicabut / ditolak. Whether {@code decidedBy}
     * and {@code criteriaMet} fit the regulation is a rule (422 G3), not a format question.
     */
    record DecisionRequest(
            @NotNull Boolean designated,
            @NotBlank @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9./ _-]*$",
                    message = "nomor keputusan: huruf, angka, '.', '/', '-', '_' atau spasi") String decreeNumber,
            @NotNull LocalDate decreeDate,
            @NotBlank @Size(max = 50) String decidedBy,
            @Size(max = 100) @Nullable String assessmentReference,
            @Size(max = 20) @Nullable List<@NotBlank @Size(max = 60) String> criteriaMet,
            @Size(max = 2000) @Nullable String notes) {

        MandiriTikDecree toDecree() {
            return new MandiriTikDecree(designated, decreeNumber, decreeDate, decidedBy, assessmentReference,
                    criteriaMet, notes);
        }
    }

    record DecisionResponse(int sequence, boolean designated, String decreeNumber, LocalDate decreeDate,
            String decidedBy, @Nullable String assessmentReference, List<String> criteriaMet, @Nullable String notes,
            Instant recordedAt, @Nullable String recordedBy) {

        static DecisionResponse of(MandiriTikDecision decision) {
            MandiriTikDecree decree = decision.decree();
            return new DecisionResponse(decision.sequence(), decree.designated(), decree.decreeNumber(),
                    decree.decreeDate(), decree.decidedBy(), decree.assessmentReference(), decree.criteriaMet(),
                    decree.notes(), decision.recordedAt(), decision.recordedBy());
        }
    }
}
