package id.go.spbe.network.diagram.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A yearly LAN diagram campaign (N6): Dinas opens it for one year with a due date, which opens a task for every
 * active OPD of the directory at that moment. One per year (id = the year).
 */
@Document("lan_diagram_campaigns")
public record LanDiagramCampaign(@Id String id, int year, LocalDate dueDate, int tasks, String openedBy,
        Instant openedAt) {
}
