package com.execreports.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Real headless Chromium driven by Selenium 4 through chromedriver: Debian's {@code chromium} and {@code chromium-driver}
 * (one version, so the driver accepts the browser; .ci/run installs them). Found on the PATH, or at
 * {@code -Dwebdriver.chrome.driver} and {@code -Dexecreports.chromium}. Selenium never downloads a driver here: both
 * paths are given to it.
 */
public final class HeadlessChromium {

    private HeadlessChromium() {
    }

    /**
     * Whether this machine has both: a developer's machine with only Java, Maven and Node lacks them and the browser
     * test is skipped there, saying so; CI installs them (.ci/run) and runs it.
     */
    public static boolean available() {
        return find("webdriver.chrome.driver", List.of("chromedriver")).isPresent()
                && find("execreports.chromium", List.of("chromium", "chromium-browser")).isPresent();
    }

    public static ChromeDriver start() {
        Path driver = find("webdriver.chrome.driver", List.of("chromedriver"))
                .orElseThrow(() -> new IllegalStateException("no chromedriver on the PATH: apt-get install chromium chromium-driver"));
        Path browser = find("execreports.chromium", List.of("chromium", "chromium-browser"))
                .orElseThrow(() -> new IllegalStateException("no chromium on the PATH: apt-get install chromium chromium-driver"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1000,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static Optional<Path> find(String property, List<String> names) {
        String configured = System.getProperty(property);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : names) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }
}
