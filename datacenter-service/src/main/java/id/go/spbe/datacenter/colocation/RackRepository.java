package id.go.spbe.datacenter.colocation;

import id.go.spbe.datacenter.colocation.domain.Rack;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

import java.util.List;
import java.util.Optional;

public interface RackRepository extends MongoRepository<Rack, String> {

    List<Rack> findByDataCenterOrderByNameAsc(String dataCenter);

    @Query("{ 'reservations.id': ?0 }")
    Optional<Rack> findByReservationId(String reservationId);

    @Query("{ 'reservations.opd': ?0 }")
    List<Rack> findByReservationOpd(String opd);
}
