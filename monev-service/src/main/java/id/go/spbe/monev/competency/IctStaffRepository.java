package id.go.spbe.monev.competency;

import id.go.spbe.monev.competency.domain.IctStaff;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

/** The ICT staff register. */
public interface IctStaffRepository extends MongoRepository<IctStaff, String> {

    List<IctStaff> findByOpdAndActiveTrue(String opd);
}
