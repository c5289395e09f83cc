package id.go.spbe.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What a page has been doing: requests still open (with their age), the last refused or failed ones and the last
 * console errors. A browser test that gives up on a screen says this in its failure message, because a CI run only
 * shows the end of its log: the message is the one place a stuck screen can explain itself.
 */
final class PageActivity {

    private static final int KEPT = 6;

    private final Map<Request, Long> open = new ConcurrentHashMap<>();
    private final Deque<String> problems = new ArrayDeque<>();
    private final Deque<String> consoleErrors = new ArrayDeque<>();

    static PageActivity watch(Page page) {
        PageActivity activity = new PageActivity();
        page.onRequest(r -> activity.open.put(r, System.nanoTime()));
        page.onRequestFinished(r -> {
            Long started = activity.open.remove(r);
            var response = r.response();
            if (response != null && response.status() >= 400) {
                activity.remember(activity.problems, response.status() + " " + describe(r, started));
            }
        });
        page.onRequestFailed(r -> activity.remember(activity.problems,
                "failed (" + r.failure() + ") " + describe(r, activity.open.remove(r))));
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                activity.remember(activity.consoleErrors, m.text());
            }
        });
        return activity;
    }

    /** One line: the page's address, what it still waits for, what went wrong lately. */
    String summary(Page page) {
        String waiting = open.entrySet().stream()
                .map(e -> describe(e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
        String text;
        try {
            text = String.valueOf(page.evaluate("document.body ? document.body.innerText.slice(0, 160) : ''"))
                    .replaceAll("\\s+", " ");
        } catch (RuntimeException e) {
            text = "(unreadable: " + e.getMessage() + ")";
        }
        synchronized (this) {
            return "at " + page.url() + " | shows: \"" + text + "\" | open requests: [" + waiting
                    + "] | refused/failed: " + problems + " | console errors: " + consoleErrors;
        }
    }

    private synchronized void remember(Deque<String> list, String line) {
        if (list.size() == KEPT) {
            list.removeFirst();
        }
        list.addLast(line.length() > 200 ? line.substring(0, 200) + "…" : line);
    }

    private static String describe(Request request, Long startedNanos) {
        String path = URI.create(request.url()).getRawPath();
        String age = startedNanos == null ? "" : " " + (System.nanoTime() - startedNanos) / 1_000_000 + " ms";
        return request.method() + " " + path + age;
    }
}
