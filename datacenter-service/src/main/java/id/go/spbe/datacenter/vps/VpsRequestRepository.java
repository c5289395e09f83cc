package id.go.spbe.datacenter.vps;

import id.go.spbe.datacenter.vps.domain.VpsRequest;
import id.go.spbe.datacenter.vps.domain.VpsStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

public interface VpsRequestRepository extends MongoRepository<VpsRequest, String> {

    Page<VpsRequest> findByOpd(String opd, Pageable page);

    Page<VpsRequest> findByStatus(VpsStatus status, Pageable page);

    Page<VpsRequest> findByOpdAndStatus(String opd, VpsStatus status, Pageable page);

    List<VpsRequest> findByDataCenterAndStatusIn(String dataCenter, Collection<VpsStatus> statuses);

    List<VpsRequest> findByOpdAndStatusIn(String opd, Collection<VpsStatus> statuses);

    List<VpsRequest> findByStatusAndExpiresOnLessThanEqual(VpsStatus status, LocalDate latest);

    boolean existsByProvisioningHostnameAndStatusIn(String hostname, Collection<VpsStatus> statuses);

    boolean existsByProvisioningIpAddressAndStatusIn(String ipAddress, Collection<VpsStatus> statuses);
}
