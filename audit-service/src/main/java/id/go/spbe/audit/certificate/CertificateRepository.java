package id.go.spbe.audit.certificate;

import id.go.spbe.audit.certificate.domain.ElectronicCertificate;
import org.springframework.data.mongodb.repository.MongoRepository;

interface CertificateRepository extends MongoRepository<ElectronicCertificate, String> {

    boolean existsByIssuerAndSerialNumber(String issuer, String serialNumber);
}
