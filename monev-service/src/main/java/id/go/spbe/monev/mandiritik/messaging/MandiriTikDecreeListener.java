package id.go.spbe.monev.mandiritik.messaging;

import id.go.spbe.monev.mandiritik.MandiriTikAssessments;
import id.go.spbe.platform.messaging.CloudEvent;
import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.messaging.EventRoutes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * G3: the decision stays in app-registry; its decree event closes the proposal here. Other OPD directory events on the
 * topic are the platform OPD read model's and are skipped by this consumer; a decree without the fields read here is
 * malformed and goes to the dead-letter topic. The platform inbox makes redelivery harmless.
 */
@Component
class MandiriTikDecreeListener implements EventConsumer {

    static final String TOPIC = "spbe.app-registry.opd.v1";
    static final String DESIGNATED = "id.go.spbe.opd.mandiri-tik-designated.v1";

    /** This consumer's copy of the fields it reads from OpdMandiriTikDesignated (app-registry owns the schema). */
    record OpdMandiriTikDesignated(@NotBlank String code, @NotNull Boolean designated, @NotBlank String decreeNumber,
            @NotNull LocalDate decreeDate, @NotBlank String decidedBy, String assessmentReference, String notes) {
    }

    private final MandiriTikAssessments assessments;

    MandiriTikDecreeListener(MandiriTikAssessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.consumer("monev-mandiri-tik").groupId("monev-service.mandiri-tik").topics(TOPIC)
                .on(DESIGNATED, OpdMandiriTikDesignated.class, this::onDesignated);
    }

    void onDesignated(OpdMandiriTikDesignated data, CloudEvent event) {
        assessments.decreeRecorded(data.code(), data.designated(), data.decreeNumber(), data.decreeDate(),
                data.decidedBy(), data.assessmentReference(), data.notes());
    }
}
