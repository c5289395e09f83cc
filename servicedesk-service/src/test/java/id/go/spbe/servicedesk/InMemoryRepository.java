package id.go.spbe.servicedesk;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A Spring Data repository for unit tests of a read model's rules, backed by a map: {@code findById} and
 * {@code save} only. Any other call fails loudly with its name, so a rule that starts querying differently is noticed
 * in its test instead of silently returning nothing.
 */
public final class InMemoryRepository {

    private InMemoryRepository() {
    }

    public static <R, T> R of(Class<R> repository, Map<String, T> stored, Function<T, String> id) {
        return repository.cast(Proxy.newProxyInstance(repository.getClassLoader(), new Class<?>[] {repository},
                (proxy, method, args) -> switch (method.getName()) {
                    case "findById" -> Optional.ofNullable(stored.get((String) args[0]));
                    case "save" -> {
                        @SuppressWarnings("unchecked")
                        T item = (T) args[0];
                        stored.put(id.apply(item), item);
                        yield item;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                }));
    }
}
