package id.go.spbe.platform.testapp;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface WidgetRepository extends MongoRepository<Widget, String> {

    Page<Widget> findByOpd(String opd, Pageable page);
}
