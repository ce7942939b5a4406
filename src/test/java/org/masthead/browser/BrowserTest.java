package org.masthead.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the real-browser suite: the app on a random local port, Debian's chromium driven by
 * Selenium, one browser per test class. A failed test leaves its screenshot and page source
 * under target/browser/failures; {@link #screenshot} keeps pictures of screens for a person.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserTest.KeepEvidenceOfFailures.class)
public abstract class BrowserTest extends ServiceTest {

    static final Path OUT = Path.of("target", "browser");
    private static final Path AXE = Path.of(System.getProperty("axe.path", "target/axe/node_modules/axe-core/axe.min.js"));

    protected static WebDriver driver;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        driver = newBrowser();
    }

    /** A browser of its own (its own profile, so its own session): a second person at the desk. */
    protected static WebDriver newBrowser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,900", "--user-data-dir=" + Files.createTempDirectory("masthead-chromium"));
        // The console, for tests that read it (Content-Security-Policy violations are reported there).
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        return browser;
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @BeforeEach
    void signedOut() {
        driver.manage().deleteAllCookies();
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    protected void open(String path) {
        driver.get(url(path));
        waitForVaadin();
    }

    /** Signs in through the real form, as a person would. */
    protected void signIn(String username) {
        driver.manage().deleteAllCookies();
        driver.get(url("login"));
        WebElement user = waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(Desk.PASSWORD);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form vaadin-button"))
                .click();
        await(Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().contains("/login"));
        waitForVaadin();
    }

    /** The text area inside Vaadin's {@code vaadin-text-area} with this id: where typing goes. */
    protected static By textArea(String id) {
        return By.cssSelector("vaadin-text-area#" + id + " textarea");
    }

    /** Vaadin's button with this id. */
    protected static By button(String id) {
        return By.cssSelector("vaadin-button#" + id);
    }

    /** The confirm button of the question an irreversible act asks first, by the act it names. */
    protected static By confirmButton(String act) {
        return By.xpath("//vaadin-button[@slot='confirm-button'][normalize-space(.)='" + act + "']");
    }

    /**
     * Clicks the element once it is visible, scrolled to the middle of the screen first: the desk
     * scrolls inside Vaadin's app layout, where Selenium's own scrolling leaves it at the edge.
     */
    protected WebElement click(By locator) {
        return await(Duration.ofSeconds(15)).until(d -> {
            WebElement element = d.findElement(locator);
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return null;
            }
            element.click();
            return element;
        });
    }

    /**
     * Waits until a notification saying {@code text} shows. The cards' text is read in one script,
     * because a card can close between finding it and asking its text.
     */
    protected void waitForNotification(String text) {
        await(Duration.ofSeconds(15)).until(d -> String.valueOf(((JavascriptExecutor) d).executeScript(
                "return Array.from(document.querySelectorAll('vaadin-notification-card'))"
                        + ".map(card => card.innerText).join('\\n');")).contains(text));
    }

    /** Waits until the element's visible text contains {@code text}. */
    protected void waitForText(By locator, String text) {
        await(Duration.ofSeconds(15)).until(d -> d.findElements(locator).stream()
                .anyMatch(e -> e.getText().contains(text)));
    }

    /** The text area's value as the browser has it. */
    protected static String valueOf(By locator) {
        return driver.findElement(locator).getDomProperty("value");
    }

    /** Signs out with the button in the top bar and waits for the sign-in form. */
    protected void signOut() {
        waitFor(By.id("sign-out")).click();
        waitFor(By.cssSelector("vaadin-login-form"));
    }

    /**
     * A wait that looks again when what it looked at was redrawn: Vaadin replaces elements whenever
     * the server pushes, so an element found a moment ago can be gone by the time it is read.
     */
    protected static WebDriverWait await(Duration timeout) {
        return (WebDriverWait) new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class);
    }

    protected WebElement waitFor(By locator) {
        return await(Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until Vaadin has no request in flight, so what is on screen is what the server said. */
    protected void waitForVaadin() {
        await(Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) { return document.readyState === 'complete'; }"
                        + "return Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());")));
    }

    /** Keeps a picture of the screen under target/browser/screens for a person to look at. */
    protected static void screenshot(String name) {
        save(OUT.resolve("screens").resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** axe-core's violations of impact serious or critical on the page shown now. */
    @SuppressWarnings("unchecked")
    protected static List<Map<String, Object>> seriousAccessibilityViolations() {
        if (!Files.exists(AXE)) {
            throw new IllegalStateException("axe-core is missing at " + AXE.toAbsolutePath()
                    + ": run `npm install --prefix target/axe axe-core@4` (see README).");
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        try {
            js.executeScript(Files.readString(AXE));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> result = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done({violations: r.violations.map("
                        + "v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' '))}))}))"
                        + ".catch(e => done({error: String(e)}));");
        if (result.containsKey("error")) {
            throw new IllegalStateException("axe-core failed: " + result.get("error"));
        }
        return ((List<Map<String, Object>>) result.get("violations")).stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))).toList();
    }

    private static void save(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new IllegalStateException("Could not keep " + file, e);
        }
    }

    /** On failure: the screenshot and the page source, named after the test. */
    static class KeepEvidenceOfFailures implements TestWatcher {

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (driver == null) {
                return;
            }
            String name = context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName()
                    .replaceAll("[^A-Za-z0-9_.-]", "_");
            Path dir = OUT.resolve("failures");
            save(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            save(dir.resolve(name + ".html"), driver.getPageSource().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            // What the page source does not hold: the fields' values as the browser has them, and the
            // console. Printed too, because CI keeps the log and not target/.
            String state = "Browser state at the failure of " + name + ":\n" + ((JavascriptExecutor) driver).executeScript(
                    "return location.href + '\\n' + Array.from(document.querySelectorAll('vaadin-text-area, vaadin-text-field'))"
                            + ".map(f => '  ' + (f.id || f.tagName) + ' = ' + JSON.stringify(f.value)).join('\\n')")
                    + "\nconsole:\n" + driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(entry -> "  " + entry).collect(java.util.stream.Collectors.joining("\n"));
            System.out.println(state);
            save(dir.resolve(name + ".txt"), state.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
