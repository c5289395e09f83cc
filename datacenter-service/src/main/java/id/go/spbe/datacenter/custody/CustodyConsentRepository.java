package id.go.spbe.datacenter.custody;

import id.go.spbe.datacenter.custody.domain.CustodyConsent;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

public interface CustodyConsentRepository extends MongoRepository<CustodyConsent, String> {

    List<CustodyConsent> findByOpdAndStatus(String opd, CustodyConsent.Status status);

    Page<CustodyConsent> findByOpd(String opd, Pageable page);

    Page<CustodyConsent> findByOpdAndStatus(String opd, CustodyConsent.Status status, Pageable page);

    List<CustodyConsent> findByStatusAndValidUntilLessThan(CustodyConsent.Status status,
            java.time.LocalDate day);

    Page<CustodyConsent> findByStatus(CustodyConsent.Status status, Pageable page);
}
