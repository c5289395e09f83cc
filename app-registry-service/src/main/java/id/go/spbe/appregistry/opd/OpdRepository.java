package id.go.spbe.appregistry.opd;

import id.go.spbe.appregistry.opd.domain.Opd;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;
import java.util.Optional;

public interface OpdRepository extends MongoRepository<Opd, String>, OpdSearch {

    Optional<Opd> findFirstByDinasTrue();

    List<Opd> findByParentCode(String parentCode, Sort sort);

    boolean existsByParentCodeAndActiveTrue(String parentCode);
}
