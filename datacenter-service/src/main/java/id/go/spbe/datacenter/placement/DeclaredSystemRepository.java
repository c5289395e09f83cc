package id.go.spbe.datacenter.placement;

import id.go.spbe.datacenter.placement.domain.DeclaredSystem;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

public interface DeclaredSystemRepository extends MongoRepository<DeclaredSystem, String> {

    Page<DeclaredSystem> findByOpd(String opd, Pageable page);

    Page<DeclaredSystem> findByStatus(DeclaredSystem.Status status, Pageable page);

    Page<DeclaredSystem> findByOpdAndStatus(String opd, DeclaredSystem.Status status, Pageable page);

    List<DeclaredSystem> findByOpdAndStatus(String opd, DeclaredSystem.Status status);
}
