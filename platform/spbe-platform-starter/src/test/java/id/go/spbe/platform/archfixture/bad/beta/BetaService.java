package id.go.spbe.platform.archfixture.bad.beta;

import id.go.spbe.platform.archfixture.bad.alpha.AlphaRepository;

/** Fixture: another feature reaching into alpha's repository. */
class BetaService {

    private final AlphaRepository alphas;

    BetaService(AlphaRepository alphas) {
        this.alphas = alphas;
    }
}
