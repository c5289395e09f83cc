package id.go.spbe.appregistry.transfer;

import id.go.spbe.appregistry.transfer.domain.ImportJob;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Collection;
import java.util.List;

public interface ImportJobRepository extends MongoRepository<ImportJob, String> {

    Page<ImportJob> findByRequesterOpd(String requesterOpd, Pageable pageable);

    List<ImportJob> findByStatusInOrderByCreatedAtAsc(Collection<ImportJob.Status> statuses);
}
