package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Properties;

import com.execreports.browser.HeadlessChromium;
import com.execreports.delivery.RunOutcome;
import com.execreports.localaws.LocalAws;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The report browser in real headless Chromium (Selenium 4): sign in with the token, list the archived periods, open a
 * period's CFO report as sent — its figure is the archived report's, its charts load from the archive — and compare
 * two periods' KPIs side by side, each column the figure that period's report showed.
 */
class ReportBrowserTest extends DemoPipelineTestSupport {

    private static final String KPI = "Revenue booked, last 30 days";
    private int port;

    @Override
    protected void overrideProperties(Properties p) {
        port = servingHttp(p);
        p.put("api.token-env", ApiRunsTest.TOKEN_VARIABLE);
    }

    @Test
    void should_list_open_and_compare_archived_periods() throws Exception {
        assertThat(runAt("2027-11-08T07:00:00-08:00").exitCode()).isIn(RunOutcome.SUCCESS, RunOutcome.DELIVERED_WITH_GAPS);
        assertThat(runAt("2027-11-15T07:00:00-08:00").exitCode()).isIn(RunOutcome.SUCCESS, RunOutcome.DELIVERED_WITH_GAPS);
        String w47 = archivedKpi("2027-W45");
        String w48 = archivedKpi("2027-W46");
        assertThat(w48).startsWith("$");

        org.junit.jupiter.api.Assumptions.assumeTrue(HeadlessChromium.available(),
                "skipped: no chromium and chromedriver on this machine (apt-get install chromium chromium-driver; .ci/run does)");
        ChromeDriver browser = HeadlessChromium.start();
        try {
            String base = "http://127.0.0.1:" + port;
            browser.get(base + "/reports");
            // no token yet: the login form
            assertThat(browser.getTitle()).startsWith("Sign in");
            browser.findElement(By.id("token")).sendKeys(System.getenv(ApiRunsTest.TOKEN_VARIABLE));
            browser.findElement(By.id("sign-in")).click();

            // the form's answer redirects: wait for the page it leads to (or show where it stopped)
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getTitle().startsWith("Sign in") || d.getPageSource().contains("not valid"));
            assertThat(browser.getTitle()).as(browser.getPageSource()).startsWith("Archived periods");
            List<String> periods = browser.findElements(By.cssSelector("#periods a")).stream().map(WebElement::getText).toList();
            assertThat(periods).contains("2027-W46", "2027-W45");
            assertThat(periods.indexOf("2027-W46")).isLessThan(periods.indexOf("2027-W45"));

            browser.findElement(By.linkText("2027-W46")).click();
            assertThat(browser.getTitle()).startsWith("Reports of 2027-W46");
            assertThat(browser.findElements(By.cssSelector("#reports a")).stream().map(WebElement::getText).toList())
                    .contains("CEO", "CTO", "CFO", "CMO", "ACCOUNTING");
            browser.findElement(By.linkText("CFO")).click();

            // the CFO report as sent: the figure the archived report holds, and its charts served from the archive
            assertThat(browser.getCurrentUrl()).endsWith("/reports/2027-W46/cfo.html");
            assertThat(browser.findElement(By.xpath(kpiCell())).getText()).isEqualTo(w48);
            List<WebElement> charts = browser.findElements(By.cssSelector("img"));
            assertThat(charts).isNotEmpty();
            for (WebElement chart : charts) {
                Object loaded = ((JavascriptExecutor) browser).executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", chart);
                assertThat(loaded).as(chart.getAttribute("src")).isEqualTo(true);
            }

            browser.get(base + "/reports");
            new Select(browser.findElement(By.id("a"))).selectByVisibleText("2027-W45");
            new Select(browser.findElement(By.id("b"))).selectByVisibleText("2027-W46");
            browser.findElement(By.id("compare")).click();
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.getTitle().startsWith("KPIs"));

            assertThat(browser.getTitle()).startsWith("KPIs: 2027-W45 and 2027-W46");
            assertThat(browser.findElements(By.cssSelector("#kpis th")).stream().map(WebElement::getText).toList())
                    .containsExactly("Report", "KPI", "2027-W45", "2027-W46");
            List<WebElement> row = browser.findElements(By.xpath("//table[@id='kpis']//tr[td[1]='CFO' and td[2]='" + KPI + "']/td"));
            assertThat(row).extracting(WebElement::getText).containsExactly("CFO", KPI, w47, w48);
        } finally {
            browser.quit();
        }
    }

    @Test
    void should_sign_in_with_a_strict_cookie_and_refuse_other_paths() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String token = System.getenv(ApiRunsTest.TOKEN_VARIABLE);
        java.net.http.HttpResponse<String> login = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("token=" + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8)))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        java.net.http.HttpResponse<String> wrong = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(java.net.http.HttpRequest.BodyPublishers.ofString("token=nope"))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(login.headers().firstValue("Location")).hasValue("/reports");
        assertThat(login.headers().firstValue("Set-Cookie").orElse("")).endsWith("; Path=/; HttpOnly; SameSite=Strict");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().allValues("Set-Cookie")).isEmpty();
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        java.net.http.HttpResponse<String> list = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/reports"))
                .header("Cookie", cookie).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Security-Policy").orElse("")).startsWith("default-src 'none';");
        assertThat(list.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        for (String path : List.of("/reports/2026-W48/..%2F..%2Fsecret", "/reports/2026-W48/passwd", "/reports/2026-W48/ceo.exe",
                "/compare?a=2026-W48&b=%3Cscript%3E")) {
            java.net.http.HttpResponse<String> r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
                    .header("Cookie", cookie).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isIn(400, 404);
            assertThat(r.body()).as(path).doesNotContain("<script>");
        }
    }

    /** The KPI's value in the period's archived CFO report, read from the HTML the email carried. */
    private static String archivedKpi(String period) {
        String html = aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + period + "/cfo.html");
        return Jsoup.parse(html).selectXpath(kpiCell()).text();
    }

    private static String kpiCell() {
        return "//td[normalize-space(text())='" + KPI + "']/following-sibling::td[1]/b";
    }
}
