package id.go.spbe.appregistry.opd;

import id.go.spbe.appregistry.opd.domain.Opd;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Optional;

public interface OpdRepository extends MongoRepository<Opd, String> {

    Optional<Opd> findFirstByDinasTrue();
}
