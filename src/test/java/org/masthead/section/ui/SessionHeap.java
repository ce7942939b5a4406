package org.masthead.section.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The benchmark behind bench/sessions.sh (not a test): how many live heap bytes each signed-in
 * person costs the running app. One headless Chromium, one tab per person; each tab talks to its
 * own loopback address (127.0.0.2, 127.0.0.3, ...), so each has its own cookies and therefore its
 * own HTTP session, Vaadin UI and push connection. The demo writers (wendy, walter, eddie) take
 * turns; each tab opens one of its writer's sections in the editor ({@code editor}), or stays on
 * the desk ({@code desk}), or signs in and leaves the desk for a blank page ({@code bare}: the
 * session and its security context without a screen).
 *
 * <p>Before the baseline, one person per writer goes through the same screens and signs out, so
 * what the first visit fills once (caches, lazily built singletons) is not counted per person.
 * Live heap = the "Total" bytes of {@code jcmd GC.class_histogram} (which runs a full GC) after
 * three {@code GC.run}s. Prints {@code RESULT mode n liveBytes perPersonBytes} lines.
 *
 * <p>Arguments: port, app pid, mode (editor|desk|bare), counts (e.g. 10,30), output folder.
 */
public final class SessionHeap {

    private static final String PASSWORD = "masthead-demo";
    private static final List<String> WRITERS = List.of("wendy", "walter", "eddie");

    private final WebDriver browser;
    private final int port;
    private final long pid;
    private final String mode;
    private final Path out;
    private final Map<String, List<String>> sectionsOf = new LinkedHashMap<>();

    private SessionHeap(WebDriver browser, int port, long pid, String mode, Path out) {
        this.browser = browser;
        this.port = port;
        this.pid = pid;
        this.mode = mode;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        long pid = Long.parseLong(args[1]);
        String mode = args[2];
        List<Integer> counts = new ArrayList<>();
        for (String n : args[3].split(",")) {
            counts.add(Integer.parseInt(n));
        }
        Path out = Path.of(args[4]);
        Files.createDirectories(out);
        WebDriver browser = newBrowser();
        // Stopped from outside (Ctrl+C, kill): the browser and its driver go too.
        Thread quit = new Thread(browser::quit);
        Runtime.getRuntime().addShutdownHook(quit);
        try {
            new SessionHeap(browser, port, pid, mode, out).run(counts);
        } finally {
            Runtime.getRuntime().removeShutdownHook(quit);
            browser.quit();
        }
    }

    private void run(List<Integer> counts) throws Exception {
        warmUp();
        long base = liveHeap(mode + "-0");
        System.out.printf("RESULT %s 0 %d 0%n", mode, base);
        int opened = 0;
        for (int n : counts) {
            while (opened < n) {
                opened++;
                openSession(opened);
            }
            Thread.sleep(5_000);   // settle: the last answers and push messages are out
            long heap = liveHeap(mode + "-" + n);
            System.out.printf("RESULT %s %d %d %d%n", mode, n, heap, (heap - base) / n);
        }
    }

    /** Each writer once through the measured screens, then signed out: the one-off costs before the baseline. */
    private void warmUp() {
        browser.switchTo().newWindow(WindowType.TAB);
        String host = "127.0.0.250";
        for (String writer : WRITERS) {
            signIn(host, writer);
            sectionsOf.put(writer, sectionLinks());
            show(host, writer, 0);
            browser.get("http://" + host + ":" + port + "/");
            waitForVaadin();
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.elementToBeClickable(By.id("sign-out"))).click();
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-login-form")));
        }
        browser.get("about:blank");
    }

    private void openSession(int n) {
        browser.switchTo().newWindow(WindowType.TAB);
        String host = "127.0.0." + (n + 1);
        String writer = WRITERS.get(n % WRITERS.size());
        signIn(host, writer);
        show(host, writer, n / WRITERS.size());
    }

    private void show(String host, String writer, int turn) {
        switch (mode) {
            case "editor" -> {
                List<String> mine = sectionsOf.get(writer);
                browser.get("http://" + host + ":" + port + "/" + mine.get(turn % mine.size()));
                waitForVaadin();
                new WebDriverWait(browser, Duration.ofSeconds(30))
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("preview")));
            }
            case "desk" -> { /* signing in lands on the desk */ }
            case "bare" -> browser.get("about:blank");
            default -> throw new IllegalArgumentException("mode: editor, desk or bare, not " + mode);
        }
    }

    private void signIn(String host, String username) {
        browser.get("http://" + host + ":" + port + "/login");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys(username);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        waitForVaadin();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
    }

    /** The writer's own sections, as their desk links them (sections/{id}). */
    @SuppressWarnings("unchecked")
    private List<String> sectionLinks() {
        List<String> links = (List<String>) new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            Object found = ((JavascriptExecutor) d).executeScript("return Array.from(document.querySelectorAll("
                    + "'#held-by-me a[href*=\"sections/\"], #my-sections a[href*=\"sections/\"]'))"
                    + ".map(a => a.getAttribute('href'));");
            return found instanceof List<?> list && !list.isEmpty() ? found : null;
        });
        return links;
    }

    private void waitForVaadin() {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) { return document.readyState === 'complete'; }"
                        + "return Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());")));
    }

    /** Live bytes after full collections; the class histogram is kept for the report. */
    private long liveHeap(String name) throws IOException, InterruptedException {
        for (int i = 0; i < 3; i++) {
            jcmd("GC.run");
        }
        String histogram = jcmd("GC.class_histogram");
        Files.writeString(out.resolve(name + ".histo"), histogram);
        Files.writeString(out.resolve(name + ".heapinfo"), jcmd("GC.heap_info"));
        Matcher total = Pattern.compile("(?m)^Total\\s+(\\d+)\\s+(\\d+)").matcher(histogram);
        if (!total.find()) {
            throw new IllegalStateException("No total in the class histogram:\n" + histogram);
        }
        return Long.parseLong(total.group(2));
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed:\n" + output);
        }
        return output;
    }

    private static WebDriver newBrowser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,900",
                // Every tab is a person at the desk: keep their heartbeats and push alive in the background.
                "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
                "--disable-backgrounding-occluded-windows",
                "--user-data-dir=" + Files.createTempDirectory("masthead-sessions"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
