package id.go.spbe.appregistry.application;

import id.go.spbe.appregistry.application.domain.Application;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface ApplicationRepository extends MongoRepository<Application, String> {

    Page<Application> findByOwnerOpd(String ownerOpd, Pageable pageable);
}
