package com.execreports.phone;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Real headless Chromium measuring how wide an HTML page lays out at a phone's viewport: Debian's chromium and
 * chromedriver, named explicitly so Selenium Manager never looks for (or downloads) a browser. The viewport is set
 * through the DevTools protocol, as a headless window cannot be made narrower than 500 px.
 */
public final class PageWidth implements AutoCloseable {

    static final Path BROWSER = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));

    /**
     * The element that widens the page: of the elements reaching past the viewport's right edge, the ones holding no
     * other such element (a table's widest cell, not the tables around it), the one reaching furthest. Its tag, right
     * edge and first words.
     */
    private static final String WIDEST = """
            var vw = document.documentElement.clientWidth, over = [];
            document.querySelectorAll('body *').forEach(function (e) {
              // an element's own box, or the text overflowing it (an unbroken key in a paragraph)
              var r = e.getBoundingClientRect(), right = Math.max(r.right, r.left + e.scrollWidth);
              if (r.width > 0 && right > vw + 0.5) { over.push({e: e, right: right}); }
            });
            var best = null;
            over.forEach(function (o) {
              var inner = over.some(function (x) { return x.e !== o.e && o.e.contains(x.e); });
              if (!inner && (best === null || o.right > best.right)) { best = o; }
            });
            if (best === null) { return ''; }
            var text = (best.e.innerText || best.e.getAttribute('alt') || '').replace(/\\s+/g, ' ').trim();
            return '<' + best.e.tagName.toLowerCase() + '> ' + Math.round(best.right) + ' px "' + text.substring(0, 80) + '"';
            """;

    /** What one page measured at one viewport width. */
    public record Measure(int viewport, long scrollWidth, long scrollHeight, String widest) {

        public boolean fits() {
            return scrollWidth <= viewport;
        }

        @Override
        public String toString() {
            return scrollWidth + " px wide at a " + viewport + " px viewport" + (widest.isEmpty() ? "" : ", widest element " + widest);
        }
    }

    private final ChromeDriver driver;

    public PageWidth() {
        for (Path p : List.of(BROWSER, DRIVER)) {
            if (!Files.isExecutable(p)) {
                throw new IllegalStateException(p + " not found: the phone-width test needs Debian's chromium and chromedriver "
                        + "(apt-get install chromium chromium-driver, as .ci/run does), or -Dchromium.binary/-Dchromium.driver");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1024,800");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public Measure measure(Path page, int viewport) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", viewport, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        driver.get(page.toUri().toString());
        JavascriptExecutor js = driver;
        long width = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
        long height = ((Number) js.executeScript("return document.documentElement.scrollHeight;")).longValue();
        return new Measure(viewport, width, height, (String) js.executeScript(WIDEST));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
