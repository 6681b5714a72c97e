package org.khaldun.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khaldun.store.Store;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in Debian's headless Chromium: load the seeds into a store, open the dashboard, filter
 * to Iran and Türkiye, open their phone call, and see the evidence with the actors highlighted.
 * Screenshots go to target/screenshots/. Skipped where Chromium or ../shared is absent.
 */
final class BrowserIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static WebServer server;
  private static ChromeDriver browser;
  private static Path profile;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "Debian chromium and chromium-driver are not installed (apt-get install chromium chromium-driver): browser test skipped");
    Path db = SeedsStore.get();
    server = new WebServer(new Store(db)).start("127.0.0.1", 0);
    profile = Files.createTempDirectory("khaldun-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--window-size=1366,900",
        "--user-data-dir=" + profile.resolve("profile"));
    // the console, where Chromium reports what the Content-Security-Policy refused
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .withEnvironment(
                Map.of(
                    "HOME",
                    profile.toString(),
                    "XDG_CONFIG_HOME",
                    profile.resolve("config").toString(),
                    "XDG_CACHE_HOME",
                    profile.resolve("cache").toString()))
            .build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  private static void open(String route) {
    // A hash change does not reload the page, so clear the last page's status to wait for this one.
    if (browser.getCurrentUrl().startsWith("http")) {
      browser.executeScript("document.getElementById('status').textContent = ''");
    }
    browser.get("http://127.0.0.1:" + server.port() + "/" + route);
    awaitLoaded();
  }

  private static void awaitLoaded() {
    waiting()
        .until(
            driver -> {
              String status = driver.findElement(By.id("status")).getText().strip();
              return status.equals("loaded") || status.equals("error");
            });
    assertThat(browser.findElement(By.id("status")).getText().strip())
        .as("page status")
        .isEqualTo("loaded");
  }

  private static void screenshot(String name) throws Exception {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    File shot = browser.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void analystFindsTheIranTurkeyPhoneCallAndItsEvidence() throws Exception {
    open("#/");
    assertThat(browser.findElements(By.cssSelector("#events-table [data-event-id]"))).isNotEmpty();
    screenshot("1-dashboard");

    WebElement dyad = browser.findElement(By.cssSelector("#filters [name=dyad]"));
    dyad.clear();
    dyad.sendKeys("IRN,TUR");
    browser.findElement(By.id("apply")).click();
    waiting().until(ExpectedConditions.urlContains("dyad="));
    awaitLoaded();
    List<WebElement> rows = browser.findElements(By.cssSelector("#events-table [data-event-id]"));
    assertThat(rows).isNotEmpty();
    assertThat(rows).allSatisfy(row -> assertThat(row.getText()).contains("IRN").contains("TUR"));
    screenshot("2-filtered-iran-turkiye");

    WebElement call =
        rows.stream().filter(row -> row.getText().contains("041")).findFirst().orElseThrow();
    String id = call.getAttribute("data-event-id");
    call.click();
    waiting().until(ExpectedConditions.urlContains("#/event/" + id));
    awaitLoaded();
    List<WebElement> mentions = browser.findElements(By.cssSelector("#mentions .mention"));
    assertThat(mentions).isNotEmpty();
    WebElement evidence = mentions.get(0).findElement(By.cssSelector(".evidence"));
    assertThat(evidence.getText()).contains("phone call");
    String source = evidence.findElement(By.cssSelector("mark.actor.source")).getText();
    String target = evidence.findElement(By.cssSelector("mark.actor.target")).getText();
    assertThat(List.of(source, target)).anySatisfy(actor -> assertThat(actor).contains("Erdoğan"));
    assertThat(List.of(source, target)).anySatisfy(actor -> assertThat(actor).contains("Raisi"));
    assertThat(evidence.findElement(By.cssSelector("mark.trigger")).getText()).contains("call");
    screenshot("3-event-phone-call");

    open("#/dyad/IRN/TUR");
    WebElement timeline = browser.findElement(By.id("timeline-chart"));
    assertThat(timeline.findElements(By.tagName("canvas"))).isNotEmpty();
    showTooltips(timeline);
    screenshot("4-dyad-timeline");
    open("#/network");
    assertThat(browser.findElement(By.id("network-chart")).findElements(By.tagName("canvas")))
        .isNotEmpty();
    screenshot("5-network");
    open("#/article/001_7392549eebed25ce");
    assertThat(browser.findElements(By.cssSelector("mark.trigger"))).isNotEmpty();
    screenshot("6-article");

    assertThat(
            browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList())
        .as("what the Content-Security-Policy refused")
        .isEmpty();
  }

  /** Sweeps the pointer across a chart so its tooltips (HTML written by ECharts) are drawn. */
  private static void showTooltips(WebElement chart) {
    int half = chart.getSize().getWidth() / 2 - 60;
    for (int x = -half; x <= half; x += Math.max(1, half / 10)) {
      new Actions(browser).moveToElement(chart, x, 0).perform();
    }
    assertThat(
            (Boolean)
                browser.executeScript(
                    "return [...document.querySelectorAll('#timeline-chart div')]"
                        + ".some((d) => d.innerHTML.includes('<br>'))"))
        .as("a tooltip was drawn")
        .isTrue();
  }
}
