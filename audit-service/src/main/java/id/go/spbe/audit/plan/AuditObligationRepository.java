package id.go.spbe.audit.plan;

import id.go.spbe.audit.plan.domain.AuditKind;
import id.go.spbe.audit.plan.domain.AuditObligation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.time.LocalDate;

public interface AuditObligationRepository extends MongoRepository<AuditObligation, String> {

    Page<AuditObligation> findByDueDateBetween(LocalDate from, LocalDate to, Pageable page);

    Page<AuditObligation> findByOpdAndDueDateBetween(String opd, LocalDate from, LocalDate to, Pageable page);

    Page<AuditObligation> findByKindAndDueDateBetween(AuditKind kind, LocalDate from, LocalDate to, Pageable page);

    Page<AuditObligation> findByOpdAndKindAndDueDateBetween(String opd, AuditKind kind, LocalDate from, LocalDate to,
            Pageable page);
}
