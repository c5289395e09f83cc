package id.go.spbe.appregistry.transfer;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ImportFileRepository extends MongoRepository<ImportFile, String> {
}
