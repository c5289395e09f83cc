package id.go.spbe.monev.framework.domain;

/** Maturity levels (tingkat kematangan) run from 1 to 5 in every framework this service knows (59/2020 §1.3). */
public final class Levels {

    public static final int MIN = 1;
    public static final int MAX = 5;

    private Levels() {
    }

    public static boolean valid(int level) {
        return level >= MIN && level <= MAX;
    }
}
