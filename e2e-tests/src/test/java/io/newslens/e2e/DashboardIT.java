package io.newslens.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard at / of query-service in a real browser (Debian's headless Chromium driven by Playwright), over the
 * whole pipeline: the seed articles go in through ingest-service, are analysed by analysis-service, and the page reads
 * query-service's API. Every wait is on the page's ready signal ({@code <html data-status="ready">}), never a sleep.
 */
@ExtendWith(Pipeline.class)
class DashboardIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final List<String> ARGS = List.of("--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Playwright playwright;
    private static Browser browser;
    private static String base;
    private static long putin;
    private static long xi;

    private BrowserContext context;
    private Page page;
    private final List<String> consoleErrors = new ArrayList<>();
    private final List<String> failedRequests = new ArrayList<>();
    private final List<String> foreignRequests = new ArrayList<>();

    @BeforeAll
    static void seedsAndBrowser() throws Exception {
        Pipeline pipeline = Pipeline.get();
        base = pipeline.query().url("");
        feedSeeds(pipeline);
        putin = entityId("Vladimir Putin");
        xi = entityId("Xi Jinping");
        assertTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " is missing: install Debian's chromium (.ci/run does)");
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setArgs(ARGS)
                .setHeadless(true));
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void newPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        page = context.newPage();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                consoleErrors.add(m.text() + " at " + m.location());
            }
        });
        page.onPageError(e -> consoleErrors.add("uncaught: " + e));
        page.onRequestFailed(r -> failedRequests.add(r.url() + ": " + r.failure()));
        page.onRequest(r -> {
            if (!r.url().startsWith(base + "/") && !r.url().startsWith("data:")) {
                foreignRequests.add(r.url());
            }
        });
        page.onResponse(r -> {
            if (r.status() >= 400) {
                failedRequests.add(r.url() + ": " + r.status());
            }
        });
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    @Test
    void overviewShowsTheSeedsTopPeopleAndDrawsEveryChart() {
        open("/", "overview");
        assertCleanLoad();
        List<String> people = page.locator("#top-people ol.ranked li > a").allTextContents();
        assertTrue(people.contains("Xi Jinping") && people.contains("Vladimir Putin"), "top people: " + people);
        for (String panel : List.of("articles-over-time", "mentions-over-time", "top-people", "top-organisations",
                "top-places", "sources", "speakers")) {
            assertEquals("ready", page.locator("#" + panel).getAttribute("data-state"), panel);
        }
        // both charts are drawn (a canvas each) and have their table alternative with the API's numbers
        assertEquals(1, page.locator("#articles-over-time canvas").count());
        assertEquals(1, page.locator("#mentions-over-time canvas").count());
        JsonNode counts = api("/stats/articles?interval=week");
        long total = 0;
        for (JsonNode n : counts.path("articles")) {
            total += n.asLong();
        }
        List<String> cells = page.locator("#articles-over-time table tbody td").allTextContents();
        assertEquals(total, cells.stream().mapToLong(s -> Long.parseLong(s.replace(",", ""))).sum(), "table: " + cells);
        List<String> lines = page.locator("#mentions-over-time thead th").allTextContents();
        assertTrue(lines.contains("Vladimir Putin") && lines.contains("Xi Jinping"), "lines: " + lines);
    }

    @Test
    void everyViewLoadsCleanAndShowsWhatTheApiReturns() {
        // search
        open("/?view=search&q=Putin", "search");
        assertCleanLoad();
        JsonNode found = api("/articles?q=Putin");
        String total = page.locator("#results .total").textContent();
        assertTrue(total.startsWith(found.path("total").asText() + " articles"), total + " vs " + found.path("total"));
        assertEquals(found.path("hits").size(), page.locator("#results .hit").count());
        assertTrue(page.locator("#results .hit mark").count() > 0, "snippets are highlighted");

        // quotes by Putin
        open("/?view=quotes&speaker=" + putin, "quotes");
        assertCleanLoad();
        JsonNode quotes = api("/quotes?speaker=" + putin);
        assertTrue(quotes.path("total").asLong() > 0, "Putin is quoted in the seeds: " + quotes);
        assertEquals(quotes.path("hits").size(), page.locator("#quote-results .quote-item").count());
        assertTrue(page.locator("#quote-results").textContent().contains(quotes.path("hits").get(0).path("text").asText()));

        // Xi Jinping's page: the companion graph has a Putin node (listed in its text alternative and its chips)
        open("/?view=entity&id=" + xi, "entity");
        assertCleanLoad();
        assertTrue(page.locator("h1").textContent().startsWith("Xi Jinping"));
        assertEquals(1, page.locator("#companions canvas").count());
        assertTrue(page.locator("#companions table tbody th").allTextContents().contains("Vladimir Putin"));
        assertTrue(page.locator("#companions .chips a").allTextContents().contains("Vladimir Putin"));
        assertEquals(1, page.locator("#entity-timeline canvas").count());

        // an article with a quote of Putin's: his mentions marked and linked, the quote marked with his name
        JsonNode q = quotes.path("hits").get(0);
        open("/?view=article&id=" + q.path("articleId").asText() + "&quote=" + q.path("id").asLong(), "article");
        assertCleanLoad();
        Locator mentions = page.locator(".body a.mention[href*='view=entity&id=" + putin + "']");
        assertTrue(mentions.count() > 0, "Putin's mentions are marked");
        assertTrue(mentions.first().textContent().contains("Putin"));
        assertEquals("PER", mentions.first().getAttribute("data-tag"), "the type is a label (drawn by CSS), not only a colour");
        assertEquals("PER", page.evaluate("el => getComputedStyle(el, '::after').content", mentions.first().elementHandle())
                .toString().replace("\"", ""));
        Locator quote = page.locator(".body .quote[data-quote-id='" + q.path("id").asLong() + "']");
        assertEquals(1, quote.count());
        assertTrue(quote.getAttribute("data-speaker").contains("Putin"), quote.getAttribute("data-speaker"));
        assertEquals(q.path("text").asText(), quote.textContent(), "the marked span is the quote as the API gives it");
        assertTrue(quote.getAttribute("class").contains("focused"));
        // the linked quote has the focus, which shows speaker, cue and confidence; without focus (or hover) they hide
        assertEquals("block", pseudo(quote, "::after", "display"));
        page.evaluate("document.activeElement.blur()");
        assertEquals("none", pseudo(quote, "::after", "display"));
        quote.focus();
        assertEquals("block", pseudo(quote, "::after", "display"));
        String info = pseudo(quote, "::after", "content");
        assertTrue(info.contains("Putin") && info.contains("confidence"), info);
        assertTrue(page.locator(".meta").allTextContents().stream().anyMatch(t -> t.startsWith("Analysed by ")));
    }

    @Test
    void clickingFromATopEntityToItsQuoteInTheArticle() {
        open("/", "overview");
        page.locator("#top-people ol.ranked a", new Page.LocatorOptions().setHasText("Vladimir Putin")).click();
        awaitReady("entity");
        assertTrue(page.url().contains("view=entity&id=" + putin), page.url());
        assertTrue(page.locator("h1").textContent().startsWith("Vladimir Putin"));
        Locator first = page.locator("#quotes-by .quote-link").first();
        String text = first.textContent().replaceAll("^“|”$", "");
        first.click();
        awaitReady("article");
        Locator focused = page.locator(".body .quote.focused");
        assertEquals(1, focused.count());
        assertEquals(text, focused.textContent());
        assertTrue(focused.getAttribute("data-speaker").contains("Putin"), focused.getAttribute("data-speaker"));
        assertTrue(focused.evaluate("el => el === document.activeElement").equals(true), "the quote has the focus");
        page.goBack();
        awaitReady("entity");
        assertTrue(page.locator("h1").textContent().startsWith("Vladimir Putin"), "the back button returns to the entity");
        assertCleanLoad();
    }

    @Test
    void moreFollowsTheCursor() {
        JsonNode all = api("/quotes?limit=100");
        assertTrue(all.path("total").asLong() > 20, "the seeds hold more than a page of quotes: " + all.path("total"));
        open("/?view=quotes", "quotes");
        Locator items = page.locator("#quote-results .quote-item");
        assertEquals(20, items.count());
        page.locator("#quote-results button.more").click();
        page.waitForFunction("() => document.querySelectorAll('#quote-results .quote-item').length > 20");
        int shown = items.count();
        assertEquals(Math.min(40, all.path("total").asInt()), shown);
        // the second page continues the first: the same quotes, in the API's order
        for (int i : new int[] {0, 19, 20, shown - 1}) {
            assertEquals(all.path("hits").get(i).path("text").asText(),
                    items.nth(i).locator("blockquote").textContent().replaceAll("^“|”$", ""), "quote " + i);
        }
        assertTrue(page.locator("#quote-results .total").textContent().endsWith(shown + " shown."));
        assertCleanLoad();
    }

    @Test
    void aDeepLinkWithABadParameterShowsTheApiProblem() {
        open("/?view=search&q=Putin&from=2023-13-45", "search");
        String detail = problemOf("/articles?q=Putin&from=2023-13-45");
        String shown = page.locator("#results .problem").textContent();
        assertTrue(shown.contains(detail), shown + " should say " + detail);
        assertEquals("1", page.locator("html").getAttribute("data-problems"));

        open("/?interval=hour", "overview");
        String interval = problemOf("/stats/articles?interval=hour");
        assertTrue(page.locator("#articles-over-time .problem").textContent().contains(interval));

        open("/?view=entity&id=987654321", "entity");
        assertTrue(page.locator(".entity-head .problem").textContent().contains(problemOf("/entities/987654321")));
    }

    @Test
    void emptyResultsAreSaidInWords() {
        open("/?view=search&q=zzqxwv", "search");
        assertEquals("No articles match.", page.locator("#results .empty").textContent());
        open("/?from=1990-01-01&to=1990-12-31", "overview");
        assertEquals("No people in this range.", page.locator("#top-people .empty").textContent());
        assertEquals("No articles in this range.", page.locator("#articles-over-time .empty").textContent());
        assertCleanLoad();
    }

    @Test
    void screenshotsOfEveryView() throws Exception {
        Path dir = Path.of(System.getProperty("newslens.screenshots", "target/screenshots"));
        if (!dir.isAbsolute()) {
            dir = Path.of(System.getProperty("newslens.root", "..")).resolve(dir);
        }
        Files.createDirectories(dir);
        JsonNode q = api("/quotes?speaker=" + putin).path("hits").get(0);
        Map<String, String> views = new java.util.LinkedHashMap<>();
        views.put("overview", "/");
        views.put("search", "/?view=search&q=Putin%20Xi");
        views.put("entity", "/?view=entity&id=" + xi);
        views.put("article", "/?view=article&id=" + q.path("articleId").asText() + "&quote=" + q.path("id").asLong());
        views.put("quotes", "/?view=quotes&speaker=" + putin);
        for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
            try (BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(size[0], size[1]))) {
                Page p = c.newPage();
                for (Map.Entry<String, String> v : views.entrySet()) {
                    p.navigate(base + v.getValue());
                    p.waitForSelector("html[data-status=ready][data-view=" + v.getKey() + "]");
                    p.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(v.getKey() + "-" + size[0] + ".png")));
                }
            }
        }
        try (Stream<Path> shots = Files.list(dir)) {
            assertEquals(10, shots.filter(f -> f.toString().endsWith(".png")).count());
        }
    }

    private String pseudo(Locator el, String which, String property) {
        return String.valueOf(el.evaluate("(el, a) => getComputedStyle(el, a[0]).getPropertyValue(a[1])", List.of(which, property)));
    }

    private void open(String path, String view) {
        page.navigate(base + path);
        awaitReady(view);
    }

    private void awaitReady(String view) {
        page.waitForSelector("html[data-status=ready][data-view=" + view + "]");
    }

    private void assertCleanLoad() {
        assertEquals("0", page.locator("html").getAttribute("data-problems"), () -> page.locator(".problem").allTextContents().toString());
        assertEquals(List.of(), consoleErrors, "console errors");
        assertEquals(List.of(), failedRequests, "failed requests");
        assertEquals(List.of(), foreignRequests, "nothing is fetched from elsewhere");
        assertFalse(page.locator("#view").textContent().contains("Loading…"));
    }

    private static void feedSeeds(Pipeline pipeline) throws Exception {
        Path seeds = Path.of(System.getProperty("newslens.seeds", "../seeds"));
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                HttpResponse<String> r = Pipeline.HTTP.send(HttpRequest.newBuilder(URI.create(pipeline.ingest().url("/articles")))
                        .header("Content-Type", "text/plain; charset=utf-8").header("X-API-Key", Pipeline.API_KEY)
                        .POST(HttpRequest.BodyPublishers.ofString(Files.readString(f))).build(), HttpResponse.BodyHandlers.ofString());
                assertTrue(r.statusCode() == 202 || r.statusCode() == 200, f + " -> " + r.statusCode() + " " + r.body());
                ids.add(JSON.readTree(r.body()).path("id").asText());
            }
        }
        // wait until analysis-service has stored every one (its status is read from the database)
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        for (String id : ids) {
            while (!JSON.readTree(Pipeline.HTTP.send(HttpRequest.newBuilder(URI.create(pipeline.ingest().url("/articles/" + id + "/status")))
                    .build(), HttpResponse.BodyHandlers.ofString()).body()).path("status").asText().equals("analysed")) {
                assertTrue(System.nanoTime() < deadline, id + " not analysed in time; analysis log:\n" + pipeline.analysis().tail());
                Thread.sleep(200);
            }
        }
    }

    private static long entityId(String name) {
        for (JsonNode e : api("/entities?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).path("items")) {
            if (e.path("name").asText().equals(name)) {
                return e.path("id").asLong();
            }
        }
        throw new AssertionError(name + " is not among the seeds' entities");
    }

    private static JsonNode api(String path) {
        try {
            return PipelineIT.getJson(base + path);
        } catch (Exception e) {
            throw new AssertionError(path, e);
        }
    }

    /** The detail of the API's problem answer to path (which must be an error). */
    private static String problemOf(String path) {
        try {
            HttpResponse<String> r = Pipeline.HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() >= 400, path + " -> " + r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            return JSON.readTree(r.body()).path("detail").asText();
        } catch (Exception e) {
            throw new AssertionError(path, e);
        }
    }
}
