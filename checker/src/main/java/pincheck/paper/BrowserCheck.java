package pincheck.paper;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import pincheck.report.JsonFiles;
import pincheck.report.OutputTree;
import pincheck.suite.WorkDirs;

/**
 * Loads an HTML file in headless Chromium through the DevTools protocol and reports console
 * errors, uncaught exceptions, requests that leave the file, and SVG figures that did not
 * render; saves a screenshot of the first screen.
 */
public final class BrowserCheck {
    private BrowserCheck() {}

    /** svgs: top-level svg elements; rendered: those with a non-empty box and drawing. */
    public record Report(int svgs, int rendered, ImmutableList<String> errors) {
        public boolean ok() { return errors.isEmpty() && rendered == svgs; }

        public String describe() {
            return rendered + " of " + svgs + " SVG figures rendered, "
                    + (errors.isEmpty() ? "no console errors" : errors.size() + " errors: " + String.join("; ", errors));
        }
    }

    /** Counts top-level SVGs and those whose box and drawing are both non-empty. */
    private static final String COUNT_SVGS = """
            JSON.stringify((() => {
              const all = [...document.querySelectorAll('svg')].filter(e => !e.parentElement.closest('svg'));
              const drawn = all.filter(e => {
                const r = e.getBoundingClientRect();
                const b = e.getBBox();
                return r.width > 0 && r.height > 0 && b.width > 0 && b.height > 0;
              });
              return {svgs: all.length, rendered: drawn.length};
            })())""";

    public static Report run(Path chromium, Path html, Path screenshot, Duration timeout)
            throws IOException, InterruptedException {
        return withChromium(chromium, timeout, s -> {
            s.navigate(html.toUri().toString());
            Map<?, ?> eval = s.call("Runtime.evaluate", Map.of("expression", COUNT_SVGS, "returnByValue", true));
            Map<?, ?> counts = (Map<?, ?>) JsonFiles.plain((String) ((Map<?, ?>) eval.get("result")).get("value"), "chromium");
            Map<?, ?> shot = s.call("Page.captureScreenshot", Map.of("format", "png"));
            OutputTree.writeFile(screenshot, Base64.getDecoder().decode((String) shot.get("data")));
            return new Report(((Number) counts.get("svgs")).intValue(), ((Number) counts.get("rendered")).intValue(),
                    ImmutableList.copyOf(s.errors));
        });
    }

    /**
     * Loads each file in turn in a window {@code width} CSS pixels wide and evaluates a
     * JavaScript expression there, after layout; the answers (each expression should return a
     * string, e.g. JSON.stringify of what it measured) in the files' order. Console errors fail.
     */
    public static List<String> evaluate(Path chromium, List<Path> pages, int width, String expression,
                                        Duration timeout) throws IOException, InterruptedException {
        return withChromium(chromium, timeout, s -> {
            s.call("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                    "deviceScaleFactor", 1, "mobile", false));
            List<String> answers = new ArrayList<>();
            for (Path page : pages) {
                s.navigate(page.toUri().toString());
                Map<?, ?> eval = s.call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
                Object value = ((Map<?, ?>) eval.get("result")).get("value");
                if (!(value instanceof String text)) {
                    throw new IOException("the expression gave no string on " + page + ": " + eval);
                }
                answers.add(text);
            }
            if (!s.errors.isEmpty()) {
                throw new IOException("chromium reported errors: " + String.join("; ", s.errors));
            }
            return answers;
        });
    }

    private static final String SVG_SIZE = """
            JSON.stringify((() => { const r = document.querySelector('svg').getBoundingClientRect();
              return {w: Math.ceil(r.width), h: Math.ceil(r.height)}; })())""";

    /**
     * Prints each SVG file to a PDF of its own size beside it (fig.svg to fig.pdf), for the
     * LaTeX build, which cannot read SVG. Returns how many were printed.
     */
    public static int printFigures(Path chromium, List<Path> svgs, Duration timeout)
            throws IOException, InterruptedException {
        return withChromium(chromium, timeout, s -> {
            for (Path svg : svgs) {
                s.navigate(svg.toUri().toString());
                Map<?, ?> eval = s.call("Runtime.evaluate", Map.of("expression", SVG_SIZE, "returnByValue", true));
                Map<?, ?> size = (Map<?, ?>) JsonFiles.plain((String) ((Map<?, ?>) eval.get("result")).get("value"), "chromium");
                // CSS pixels are 1/96 inch; one page exactly the drawing's size, no margins.
                Map<String, Object> page = new LinkedHashMap<>();
                page.put("paperWidth", ((Number) size.get("w")).doubleValue() / 96 + 0.02);
                page.put("paperHeight", ((Number) size.get("h")).doubleValue() / 96 + 0.02);
                for (String m : List.of("marginTop", "marginBottom", "marginLeft", "marginRight")) {
                    page.put(m, 0);
                }
                page.put("printBackground", true);
                page.put("pageRanges", "1");
                Map<?, ?> pdf = s.call("Page.printToPDF", page);
                String name = svg.getFileName().toString().replaceFirst("\\.svg$", ".pdf");
                OutputTree.writeFile(svg.resolveSibling(name), undated(Base64.getDecoder().decode((String) pdf.get("data"))));
            }
            return svgs.size();
        });
    }

    /**
     * The PDF with Chromium's creation and modification times set to 1970, digit for digit so
     * no byte offset moves: the same figure prints to the same bytes.
     */
    static byte[] undated(byte[] pdf) {
        String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        return text.replaceAll("(/(?:CreationDate|ModDate) ?\\(D:)\\d{14}", "$119700101000000")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** Work done in one headless Chromium session. */
    private interface Work<T> {
        T in(Session s) throws IOException, JsonFiles.BadFile, TimeoutException, java.util.concurrent.ExecutionException,
                InterruptedException;
    }

    private static <T> T withChromium(Path chromium, Duration timeout, Work<T> work)
            throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("pincheck-chromium-");
        Process browser = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--window-size=1200,900", "--user-data-dir=" + profile,
                "--remote-debugging-port=0", "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            Session s = Session.open(endpoint(profile, browser, deadline), deadline);
            try {
                for (String domain : List.of("Runtime", "Log", "Network", "Page")) {
                    s.call(domain + ".enable", Map.of());
                }
                T result = work.in(s);
                s.closeBrowser();
                return result;
            } catch (TimeoutException e) {
                throw new IOException("chromium did not load a page within " + timeout.toSeconds() + " s");
            } catch (java.util.concurrent.ExecutionException | JsonFiles.BadFile | ClassCastException e) {
                throw new IOException("chromium's DevTools answer was not understood: " + e.getMessage(), e);
            }
        } finally {
            // Its helper processes (zygote, renderer) write into the profile until they are gone.
            if (!browser.waitFor(10, TimeUnit.SECONDS)) {
                browser.descendants().forEach(ProcessHandle::destroyForcibly);
                browser.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            for (ProcessHandle h : browser.descendants().toList()) {
                h.destroyForcibly();
                h.onExit().completeOnTimeout(h, 10, TimeUnit.SECONDS).join();
            }
            WorkDirs.delete(profile);
        }
    }

    /** The page target's WebSocket URL, once Chromium wrote its DevTools port. */
    private static URI endpoint(Path profile, Process browser, long deadline) throws IOException, InterruptedException {
        Path portFile = profile.resolve("DevToolsActivePort");
        while (!Files.isRegularFile(portFile) || Files.readAllLines(portFile).isEmpty()) {
            if (!browser.isAlive()) {
                throw new IOException("chromium exited (" + browser.exitValue() + ") before it opened DevTools: "
                        + Files.readString(profile.resolve("chromium.log")).strip());
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("chromium did not open its DevTools port in time");
            }
            Thread.sleep(100);
        }
        String port = Files.readAllLines(portFile).get(0).strip();
        HttpResponse<String> list = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString());
        try {
            for (Object t : (List<?>) JsonFiles.plain(list.body(), "chromium's target list")) {
                Map<?, ?> target = (Map<?, ?>) t;
                if ("page".equals(target.get("type"))) {
                    return URI.create((String) target.get("webSocketDebuggerUrl"));
                }
            }
        } catch (JsonFiles.BadFile e) {
            throw new IOException("chromium's target list is not JSON: " + e.getMessage());
        }
        throw new IOException("chromium has no page target");
    }

    private static long remaining(long deadline) { return Math.max(1, deadline - System.nanoTime()); }

    /** One DevTools connection: numbered calls and the events the check listens for. */
    private static final class Session implements WebSocket.Listener {
        private final Map<Integer, CompletableFuture<Map<?, ?>>> pending = new ConcurrentHashMap<>();
        private final List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();
        private final AtomicInteger ids = new AtomicInteger();
        private final StringBuilder partial = new StringBuilder();
        private final long deadline;
        private WebSocket socket;

        private Session(long deadline) { this.deadline = deadline; }

        static Session open(URI uri, long deadline) throws IOException {
            Session s = new Session(deadline);
            try {
                s.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri, s)
                        .get(remaining(deadline), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                throw new IOException("cannot connect to chromium's DevTools at " + uri + ": " + e, e);
            }
            return s;
        }

        /** Opens the URL and waits for its load event. */
        void navigate(String url) throws IOException, TimeoutException, java.util.concurrent.ExecutionException,
                InterruptedException {
            loaded = new CompletableFuture<>();
            call("Page.navigate", Map.of("url", url));
            loaded.get(remaining(deadline), TimeUnit.NANOSECONDS);
        }

        Map<?, ?> call(String method, Map<String, Object> params) throws IOException {
            int id = ids.incrementAndGet();
            CompletableFuture<Map<?, ?>> answer = new CompletableFuture<>();
            pending.put(id, answer);
            Map<String, Object> msg = new LinkedHashMap<>();
            msg.put("id", id);
            msg.put("method", method);
            msg.put("params", params);
            socket.sendText(JsonFiles.compact(msg), true).join();
            try {
                return answer.get(remaining(deadline), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                throw new IOException("chromium did not answer " + method + ": " + e.getMessage(), e);
            }
        }

        /** Asks Chromium to exit; it answers by going away, so no reply is awaited. */
        void closeBrowser() {
            Map<String, Object> msg = new LinkedHashMap<>();
            msg.put("id", ids.incrementAndGet());
            msg.put("method", "Browser.close");
            socket.sendText(JsonFiles.compact(msg), true);
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    dispatch((Map<?, ?>) JsonFiles.plain(text, "DevTools message"));
                } catch (JsonFiles.BadFile | ClassCastException e) {
                    errors.add("unreadable DevTools message: " + e.getMessage());
                }
            }
            ws.request(1);
            return null;
        }

        private void dispatch(Map<?, ?> msg) {
            if (msg.get("id") instanceof Number n) {
                CompletableFuture<Map<?, ?>> f = pending.remove(n.intValue());
                if (f != null && msg.get("result") instanceof Map<?, ?> r) {
                    f.complete(r);
                } else if (f != null) {
                    f.completeExceptionally(new IOException(String.valueOf(msg.get("error"))));
                }
                return;
            }
            Map<?, ?> p = msg.get("params") instanceof Map<?, ?> m ? m : Map.of();
            switch (String.valueOf(msg.get("method"))) {
                case "Page.loadEventFired" -> loaded.complete(null);
                case "Runtime.exceptionThrown" -> errors.add("uncaught exception: " + field(p, "exceptionDetails", "text")
                        + " " + field(field(p, "exceptionDetails"), "exception", "description"));
                case "Runtime.consoleAPICalled" -> {
                    if (List.of("error", "assert").contains(p.get("type"))) {
                        errors.add("console." + p.get("type") + ": " + p.get("args"));
                    }
                }
                case "Log.entryAdded" -> {
                    if ("error".equals(field(p, "entry", "level"))) {
                        errors.add("console error: " + field(p, "entry", "text") + " " + field(p, "entry", "url"));
                    }
                }
                case "Network.requestWillBeSent" -> {
                    String url = String.valueOf(field(p, "request", "url"));
                    // Self-contained: nothing but the file itself and inline data.
                    if (!url.startsWith("file:") && !url.startsWith("data:") && !url.startsWith("about:")) {
                        errors.add("request outside the file: " + url);
                    }
                }
                default -> { }
            }
        }

        private static Map<?, ?> field(Map<?, ?> m, String key) {
            return m.get(key) instanceof Map<?, ?> x ? x : Map.of();
        }

        private static Object field(Map<?, ?> m, String key, String sub) {
            Object v = field(m, key).get(sub);
            return v == null ? "" : v;
        }
    }
}
