package id.go.spbe.platform.archfixture.good.alpha;

/** Fixture: the feature's public entry point, the only user of its repository. */
public class AlphaRegister {

    private final AlphaRepository alphas;

    AlphaRegister(AlphaRepository alphas) {
        this.alphas = alphas;
    }
}
