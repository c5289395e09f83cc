package id.go.spbe.datacenter.dataset;

import id.go.spbe.datacenter.dataset.domain.DatasetAccess;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface DatasetAccessRepository extends MongoRepository<DatasetAccess, String> {

    Page<DatasetAccess> findByOpd(String opd, Pageable page);

    Page<DatasetAccess> findByDatasetId(String datasetId, Pageable page);
}
