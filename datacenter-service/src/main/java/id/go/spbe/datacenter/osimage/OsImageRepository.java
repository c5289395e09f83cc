package id.go.spbe.datacenter.osimage;

import id.go.spbe.datacenter.osimage.domain.OsImage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface OsImageRepository extends MongoRepository<OsImage, String> {

    Page<OsImage> findByStatus(OsImage.Status status, Pageable page);

    Page<OsImage> findByFamily(OsImage.Family family, Pageable page);

    Page<OsImage> findByStatusAndFamily(OsImage.Status status, OsImage.Family family, Pageable page);
}
