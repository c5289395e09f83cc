package id.go.spbe.monev.evaluation;

import id.go.spbe.monev.evaluation.domain.Evaluation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

/** Evaluations by id ({@code <year>-<frameworkId>}). */
public interface EvaluationRepository extends MongoRepository<Evaluation, String> {

    Page<Evaluation> findByYear(int year, Pageable pageable);

    Page<Evaluation> findByFrameworkId(String frameworkId, Pageable pageable);

    Page<Evaluation> findByYearAndFrameworkId(int year, String frameworkId, Pageable pageable);

    List<Evaluation> findByFrameworkIdAndYearLessThanOrderByYearDesc(String frameworkId, int year);
}
