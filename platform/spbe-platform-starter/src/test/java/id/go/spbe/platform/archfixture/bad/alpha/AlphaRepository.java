package id.go.spbe.platform.archfixture.bad.alpha;

import org.springframework.data.repository.Repository;

/** Fixture for the architecture rules: a feature's repository. */
public interface AlphaRepository extends Repository<Object, String> {
}
