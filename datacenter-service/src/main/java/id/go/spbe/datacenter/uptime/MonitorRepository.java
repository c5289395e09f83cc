package id.go.spbe.datacenter.uptime;

import id.go.spbe.datacenter.uptime.domain.Monitor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.time.Instant;
import java.util.List;

public interface MonitorRepository extends MongoRepository<Monitor, String> {

    Page<Monitor> findByOpd(String opd, Pageable page);

    Page<Monitor> findByActive(boolean active, Pageable page);

    Page<Monitor> findByOpdAndActive(String opd, boolean active, Pageable page);

    List<Monitor> findByOpd(String opd);

    List<Monitor> findByActiveTrueAndNextProbeAtLessThanEqual(Instant now);
}
