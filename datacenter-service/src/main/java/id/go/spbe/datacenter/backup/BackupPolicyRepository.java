package id.go.spbe.datacenter.backup;

import id.go.spbe.datacenter.backup.domain.BackupPolicy;
import id.go.spbe.datacenter.backup.domain.ProtectedSystem;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

public interface BackupPolicyRepository extends MongoRepository<BackupPolicy, String> {

    Page<BackupPolicy> findByOpd(String opd, Pageable page);

    Page<BackupPolicy> findByStatus(BackupPolicy.Status status, Pageable page);

    Page<BackupPolicy> findByOpdAndStatus(String opd, BackupPolicy.Status status, Pageable page);

    List<BackupPolicy> findByStatus(BackupPolicy.Status status);

    List<BackupPolicy> findByOpdAndStatus(String opd, BackupPolicy.Status status);

    List<BackupPolicy> findBySystemKindAndSystemIdAndStatus(ProtectedSystem.Kind kind, String systemId,
            BackupPolicy.Status status);

    boolean existsBySystemKindAndSystemIdAndStatus(ProtectedSystem.Kind kind, String systemId,
            BackupPolicy.Status status);
}
