package id.go.spbe.platform.archfixture.good.alpha;

import org.springframework.data.repository.Repository;

/** Fixture: a feature's repository, used only inside the feature. */
interface AlphaRepository extends Repository<Object, String> {
}
