package id.go.spbe.datacenter.dataset;

import id.go.spbe.datacenter.dataset.domain.Dataset;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Collection;
import java.util.List;

public interface DatasetRepository extends MongoRepository<Dataset, String> {

    Page<Dataset> findByOpd(String opd, Pageable page);

    Page<Dataset> findByOpdAndClassification(String opd, String classification, Pageable page);

    Page<Dataset> findByClassification(String classification, Pageable page);

    List<Dataset> findByOpdAndSystemIdIn(String opd, Collection<String> systemIds);

    List<Dataset> findByOpdAndIdIn(String opd, Collection<String> ids);
}
