import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Loads the dashboard's overview in headless Chromium and reports the time from navigation start to the page's
 * ready mark (every panel's data on screen, every chart drawn: performance mark "newslens-ready").
 *
 *   java -cp CLASSPATH DashboardBench.java BASE_URL LOADS [PATH]
 *
 * cold: each load in a fresh browser context (empty HTTP cache); warm: loads repeated in one context (the browser
 * may revalidate or reuse what it has). Before both, a few untimed loads warm the service's JIT up.
 */
public class DashboardBench {

    public static void main(String[] args) {
        String base = args[0];
        int loads = Integer.parseInt(args[1]);
        String path = args.length > 2 ? args[2] : "/";
        try (Playwright pw = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(java.nio.file.Path.of("/usr/bin/chromium")).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            for (int i = 0; i < 5; i++) {
                try (BrowserContext c = context(browser)) {
                    load(c.newPage(), base + path);
                }
            }
            double[] cold = new double[loads];
            long bytes = 0;
            for (int i = 0; i < loads; i++) {
                try (BrowserContext c = context(browser)) {
                    Page p = c.newPage();
                    cold[i] = load(p, base + path);
                    if (i == 0) {
                        bytes = ((Number) p.evaluate("() => performance.getEntriesByType('navigation')[0].transferSize"
                                + " + performance.getEntriesByType('resource').reduce((s, r) => s + r.transferSize, 0)")).longValue();
                        System.out.println("first view, cold: " + bytes + " bytes transferred; resources:");
                        System.out.println(p.evaluate("() => performance.getEntriesByType('resource').map(r =>"
                                + " `  ${r.name.replace(location.origin, '')} ${r.transferSize} bytes (${r.decodedBodySize} decoded)`).join('\\n')"));
                    }
                }
            }
            double[] warm = new double[loads];
            try (BrowserContext c = context(browser)) {
                Page p = c.newPage();
                load(p, base + path);
                for (int i = 0; i < loads; i++) {
                    warm[i] = load(p, base + path);
                }
            }
            report("cold", cold);
            report("warm", warm);
        }
    }

    static BrowserContext context(Browser browser) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
    }

    /** Navigates and returns the ms from navigation start to the ready mark; fails on a view with problems. */
    static double load(Page p, String url) {
        p.navigate(url);
        p.waitForSelector("html[data-status=ready][data-view=overview]", new Page.WaitForSelectorOptions().setTimeout(60_000));
        String problems = p.getAttribute("html", "data-problems");
        if (!"0".equals(problems)) {
            throw new IllegalStateException(problems + " panels show a problem: " + p.locator(".problem").allTextContents());
        }
        return ((Number) p.evaluate("() => performance.getEntriesByName('newslens-ready').at(-1).startTime")).doubleValue();
    }

    static void report(String label, double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        System.out.printf("%s: %d loads, ms to every overview chart drawn: p50 %.0f, p95 %.0f, max %.0f, min %.0f%n", label, s.length,
                pct(s, 50), pct(s, 95), s[s.length - 1], s[0]);
        List<String> all = new ArrayList<>();
        for (double x : ms) {
            all.add(String.format("%.0f", x));
        }
        System.out.println("  each: " + String.join(" ", all));
    }

    /** Nearest-rank percentile. */
    static double pct(double[] sorted, int p) {
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
