package id.go.spbe.dev.launcher;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Command-line options of {@link Main}. */
record LauncherOptions(String home, Set<Component> components, StackConfig.StartOrder order, Duration timeout, boolean help,
        boolean demo) {

    static final String USAGE = """
            Pemakaian / usage: ./dev/run [--no-build] [options]
                               java -jar dev/launcher/target/spbe-launcher.jar [options]
              --home DIR           data, log dan Keycloak di sini / data, logs, Keycloak here (default: <repo>/.spbe, or SPBE_HOME)
              --only a,b,...       hanya komponen ini / only these components
              --without a,b,...    semua kecuali ini / all except these
              --order ORDER        infra-first (default) | parallel
              --timeout SECONDS    batas waktu start / start-up limit (default 600)
              --no-demo            tanpa region demo / no demo region (also SPBE_DEMO=false); the demo (OPD of
                                   Kota Denpasar, its real applications in every workflow state) loads once per home
              -h, --help
            Komponen / components: mongo, kafka, keycloak, service-registry, app-registry, datacenter, network,
                                   servicedesk, audit, monev, gateway
            Port lewat env / ports via env: GATEWAY_PORT=8080 KEYCLOAK_PORT=8180 KEYCLOAK_MANAGEMENT_PORT=8190
              REGISTRY_PORT=8761 APP_REGISTRY_PORT=8081 ... MONEV_PORT=8086 KAFKA_PORT=9092 KAFKA_CONTROLLER_PORT=9093
              MONGODB_PORT=27017 MAIL_PORT=2525 (surat / mail catcher); juga / also SPBE_PROFILE (rejang-lebong), SPBE_JVM_OPTS, SPBE_KEYCLOAK_JAVA_OPTS.""";

    static LauncherOptions parse(List<String> args) {
        String home = null;
        Set<Component> components = Component.all();
        StackConfig.StartOrder order = null;
        Duration timeout = Duration.ofSeconds(600);
        boolean help = false;
        boolean demo = true;
        boolean only = false;
        boolean without = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                value = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            switch (a) {
                case "-h", "--help" -> help = true;
                case "--no-demo" -> demo = false;
                case "--home" -> home = value != null ? value : next(args, ++i, a);
                case "--only" -> {
                    components = parseList(value != null ? value : next(args, ++i, a));
                    only = true;
                }
                case "--without" -> {
                    Set<Component> all = Component.all();
                    all.removeAll(parseList(value != null ? value : next(args, ++i, a)));
                    components = all;
                    without = true;
                }
                case "--order" -> order = StackConfig.parseStartOrder(value != null ? value : next(args, ++i, a));
                case "--timeout" -> {
                    String t = value != null ? value : next(args, ++i, a);
                    try {
                        timeout = Duration.ofSeconds(Long.parseLong(t));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--timeout needs a number of seconds, got '" + t + "'");
                    }
                }
                default -> throw new IllegalArgumentException("Opsi tidak dikenal / unknown option: " + args.get(i));
            }
        }
        if (only && without) {
            throw new IllegalArgumentException("Use either --only or --without, not both");
        }
        if (components.isEmpty()) {
            throw new IllegalArgumentException("No component left to start");
        }
        return new LauncherOptions(home, components, order, timeout, help, demo);
    }

    private static String next(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    private static Set<Component> parseList(String list) {
        Set<Component> set = EnumSet.noneOf(Component.class);
        for (String name : list.split(",")) {
            if (!name.isBlank()) {
                set.add(Component.parse(name));
            }
        }
        if (set.isEmpty()) {
            throw new IllegalArgumentException("Empty component list");
        }
        return set;
    }
}
