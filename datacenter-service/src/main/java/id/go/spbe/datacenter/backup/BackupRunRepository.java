package id.go.spbe.datacenter.backup;

import id.go.spbe.datacenter.backup.domain.BackupRun;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Optional;

public interface BackupRunRepository extends MongoRepository<BackupRun, String> {

    Optional<BackupRun> findFirstByPolicyIdAndResultOrderByCompletedAtDesc(String policyId, BackupRun.Result result);

    Optional<BackupRun> findFirstByPolicyIdOrderByStartedAtDesc(String policyId);

    Page<BackupRun> findByPolicyId(String policyId, Pageable page);

    Page<BackupRun> findByOpd(String opd, Pageable page);
}
