package be.duaalbot.channel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.data.DataLoader;
import be.duaalbot.data.Dataset;
import be.duaalbot.data.Language;
import be.duaalbot.data.Table;
import java.io.Reader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The chat page in a real browser: Debian's chromium, headless, driven through its chromedriver
 * by Selenium, against the built jar's {@code serve} on 127.0.0.1. Expected figures come from the
 * data. {@code .ci/run} installs chromium; elsewhere the test is skipped when it is missing,
 * except under CI, where a missing browser fails it. It leaves a screenshot of the page
 * answering a question in {@code target/screenshots/web-page.png} (the README's picture).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPageIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final long WAIT_MILLIS = 20_000;

    private final Dataset data = DataLoader.load(Path.of("config/data"));
    private ServeProcess serve;
    private ChromeDriver browser;
    private Path downloads;
    private String base;

    @BeforeAll
    void start() throws Exception {
        boolean there = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        assertTrue(there || !"true".equals(System.getenv("CI")), "CI must have chromium and chromium-driver (.ci/run installs them)");
        Assumptions.assumeTrue(there, "chromium and chromium-driver are not installed: apt-get install chromium chromium-driver");
        serve = new ServeProcess(Map.of());
        assertTrue(serve.await("channel web: on", 60), serve::log);
        base = "http://127.0.0.1:" + serve.port();
        downloads = Files.createTempDirectory("duaalbot-downloads");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1000,1400", "--lang=nl-BE");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build(), options);
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (serve != null) {
            serve.stop();
        }
    }

    @Test
    void aQuestionTypedGetsTheFigureOfTheData() throws Exception {
        open("/");
        int horeca = value("agreements", "sector", "Horeca", "2022-2023");
        WebElement answer = ask("horeca overeenkomsten 2022-2023");
        assertTrue(answer.getText().contains(number(horeca)), answer::getText);
        assertTrue(answer.findElement(By.className("read-as")).getText().contains("Horeca"));
        assertTrue(answer.findElement(By.className("source")).getText().contains("677"));
        assertFalse(answer.findElements(By.cssSelector("details.footnotes p")).isEmpty(), "the footnotes, one click away");
    }

    @Test
    void whyAnswersWithTheMinistersPassage() throws Exception {
        open("/");
        ask("groei Limburg erkenningen van 2019-2020 tot 2022-2023");
        // the button the answer offers, as the bot's texts word it
        WebElement passage = press(new be.duaalbot.core.DuaalBot(data, java.time.Clock.systemUTC()).texts().text(Language.NL, "suggest.why"));
        // the minister's words on these figures: a scope's line of why (issue 23), or a whole explanation
        Set<String> passages = new HashSet<>();
        data.topics().forEach(t -> {
            passages.add(t.answer().in(Language.NL));
            t.scopes().forEach(scope -> passages.add(scope.line().in(Language.NL)));
        });
        String body = passage.findElement(By.className("body")).getText();
        assertTrue(passages.stream().anyMatch(body::contains), body);
    }

    @Test
    void theChartLoadsAndThePageIsShownAnswering() throws Exception {
        open("/");
        WebElement answer = ask("top 5 sectoren erkenningen");
        WebElement chart = answer.findElement(By.tagName("img"));
        waitFor(() -> ((Number) js("return arguments[0].complete && arguments[0].naturalWidth", chart)).intValue() > 0, "the chart loads");
        assertFalse(chart.getAttribute("alt").isBlank(), "the chart has a text alternative");
        Path shot = Path.of("target/screenshots/web-page.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void anAskBackButtonAnswersTheCorrectedQuestion() throws Exception {
        open("/");
        String member = "Provincie Vlaams-Brabant";
        WebElement askBack = ask("erkeningen brabant");
        String choice = askBack.findElements(By.cssSelector(".actions button")).stream().map(WebElement::getText)
                .filter(t -> t.contains(member)).findFirst().orElseThrow(() -> new AssertionError(askBack.getText()));
        WebElement answer = press(choice);
        Table table = data.table("recognitions", "province").orElseThrow();
        for (String year : table.yearsOf(member)) {
            assertTrue(answer.getText().contains(number(table.value(member, year).getAsInt())), answer::getText);
        }
    }

    @Test
    void theCsvDownloadHoldsTheRowsOfTheData() throws Exception {
        open("/");
        ask("erkenningen per provincie");
        press("CSV", false);
        Path file = downloads.resolve("duaalbot.csv");
        waitFor(() -> Files.exists(file) && size(file) > 0, "the CSV is downloaded");
        Table table = data.table("recognitions", "province").orElseThrow();
        Set<List<String>> expected = new HashSet<>();
        table.memberRows().forEach(r -> table.yearsOf(r.label()).forEach(y ->
                expected.add(List.of(r.label(), y, Integer.toString(table.value(r.label(), y).getAsInt())))));
        Set<List<String>> rows = new HashSet<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            assertEquals('\uFEFF', in.read(), "UTF-8 with its byte order mark, for Excel");
            for (CSVRecord r : CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                rows.add(List.of(r.get(2), r.get(3), r.get(4)));
            }
        }
        assertEquals(expected, rows);
    }

    @Test
    void aSharedLinkAsksOnLoad() throws Exception {
        int horeca = value("agreements", "sector", "Horeca", "2022-2023");
        open("/?q=" + URLEncoder.encode("horeca overeenkomsten 2022-2023", StandardCharsets.UTF_8));
        WebElement answer = nthAnswer(1);
        assertTrue(answer.getText().contains(number(horeca)), answer::getText);
    }

    @Test
    void atPhoneWidthNothingScrollsSideways() throws Exception {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));
        try {
            open("/");
            ask("erkenningen en overeenkomsten per sector");
            WebElement chart = nthAnswer(1).findElement(By.tagName("img"));
            waitFor(() -> ((Number) js("return arguments[0].naturalWidth", chart)).intValue() > 0, "the chart loads");
            assertEquals(390L, ((Number) js("return window.innerWidth")).longValue());
            long scroll = ((Number) js("return document.documentElement.scrollWidth")).longValue();
            assertTrue(scroll <= 390, "page is " + scroll + " px wide at 390");
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void aQuestionWithScriptIsShownAsTextAndRunsNothing() throws Exception {
        open("/");
        String question = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\"> horeca";
        ask(question);
        assertEquals(question, browser.findElement(By.cssSelector("#log .you")).getText());
        assertEquals(Boolean.TRUE, js("return window.pwned === undefined"));
        assertEquals(0L, ((Number) js("return document.querySelectorAll('#log script, #log img[src=\"x\"]').length")).longValue());
    }

    @Test
    void everyResponseCarriesTheContentSecurityPolicy() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : List.of("/", "/web/app.js", "/api/ask?q=horeca")) {
            HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.discarding());
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && csp.contains("default-src 'none'"), path + ": " + csp);
        }
    }

    /** Types the question, presses Enter, and returns the answer that follows. */
    private WebElement ask(String question) throws InterruptedException {
        int before = answers();
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys(question);
        box.sendKeys(Keys.ENTER);
        return nthAnswer(before + 1);
    }

    private WebElement press(String label) throws InterruptedException {
        return press(label, true);
    }

    /** Presses the last answer's button with this label; with {@code answers}, returns the answer it brings. */
    private WebElement press(String label, boolean answers) throws InterruptedException {
        int before = answers();
        List<WebElement> buttons = browser.findElements(By.cssSelector("article.answer:last-of-type .actions button"));
        buttons.stream().filter(b -> b.getText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label)).click();
        return answers ? nthAnswer(before + 1) : null;
    }

    private WebElement nthAnswer(int n) throws InterruptedException {
        waitFor(() -> answers() >= n, "answer " + n);
        return browser.findElements(By.cssSelector("article.answer")).get(n - 1);
    }

    private int answers() {
        return browser.findElements(By.cssSelector("article.answer")).size();
    }

    private void open(String path) {
        browser.get(base + path);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private void waitFor(Supplier<Boolean> condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (!condition.get()) {
            assertTrue(System.currentTimeMillis() < deadline, () -> "waited in vain for " + what + "\n" + serve.log());
            Thread.sleep(50);
        }
    }

    private int value(String measure, String breakdown, String member, String year) {
        return data.table(measure, breakdown).orElseThrow().value(member, year).orElseThrow();
    }

    /** A whole number as a Dutch answer writes it: 2.227. */
    private static String number(int value) {
        return String.format(Locale.forLanguageTag("nl-BE"), "%,d", value);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
