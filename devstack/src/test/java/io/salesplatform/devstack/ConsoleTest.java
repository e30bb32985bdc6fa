package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real headless Chromium: people sign in through the identity provider's login
 * page (code flow with PKCE), see themselves in their company in English or Chinese, and the
 * operator subscribes a company.
 */
@ExtendWith(DeployedStack.class)
class ConsoleTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target/screenshots");

  private static ChromeDriver browser;
  private static Path profile;

  private final Stack stack;

  ConsoleTest(Stack stack) {
    this.stack = stack;
  }

  @BeforeAll
  static void openBrowser() throws IOException {
    assertThat(CHROMIUM)
        .as("Debian's chromium and chromium-driver packages (.ci/run installs them)")
        .isExecutable();
    assertThat(CHROMEDRIVER).isExecutable();
    profile = Files.createTempDirectory("console-test-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--lang=en-US",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aSalesRepSignsInAndSeesTheirRoleInTheirLanguage() throws IOException {
    browser.manage().deleteAllCookies();
    browser.get(stack.settings().platformUrl() + "/");
    select("language", "en");
    click(By.id("signin-company"));
    logIn("demo-rep", "demo");

    WebElement roles = visible(By.id("me-roles"));
    assertThat(roles.getText()).contains("Sales rep");
    assertThat(browser.findElement(By.id("me-tenant")).getText()).contains("demo");
    assertThat(browser.findElement(By.id("me-username")).getText()).isEqualTo("demo-rep");
    screenshot("staff-en");

    select("language", "zh-CN");
    assertThat(visible(By.id("me-roles")).getText()).contains("销售代表");
    assertThat(browser.findElement(By.tagName("h2")).getText()).startsWith("您在");
    screenshot("staff-zh");

    select("language", "en");
    click(By.id("signout"));
    visible(By.id("signin-company"));
  }

  @Test
  void theOperatorSeesCompaniesAndSubscribesOne() throws IOException {
    browser.manage().deleteAllCookies();
    browser.get(stack.settings().platformUrl() + "/");
    select("language", "en");
    click(By.id("signin-operator"));
    logIn("operator", "operator");

    visible(By.cssSelector("#tenant-list tr[data-slug='demo']"));
    type("field-slug", "Not a slug");
    click(By.id("subscribe"));
    assertThat(visible(By.cssSelector(".field-error[data-field='slug']")).getText()).isNotBlank();
    assertThat(browser.findElements(By.cssSelector(".field-error[data-field='adminEmail']")))
        .isNotEmpty();

    String slug = Tenants.uniqueSlug("console");
    type("field-slug", slug);
    type("field-name", "Console Company");
    type("field-adminName", "Cora Console");
    type("field-adminEmail", "cora@" + slug + ".example");
    click(By.id("subscribe"));

    assertThat(visible(By.id("subscribe-result")).getText()).contains("One-time password");
    visible(By.cssSelector("#tenant-list tr[data-slug='" + slug + "']"));
    screenshot("operator");
    click(By.id("signout"));
    visible(By.id("signin-operator"));
  }

  /** The identity provider's login; a realm with organizations asks the user name first. */
  private void logIn(String username, String password) {
    visible(By.id("username")).sendKeys(username);
    if (browser.findElements(By.id("password")).isEmpty()) {
      click(By.id("kc-login"));
    }
    visible(By.id("password")).sendKeys(password);
    click(By.id("kc-login"));
  }

  private static void type(String id, String text) {
    WebElement field = visible(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private static void select(String id, String value) {
    new Select(visible(By.id(id))).selectByValue(value);
  }

  private static void click(By target) {
    wait(browser).until(ExpectedConditions.elementToBeClickable(target)).click();
  }

  private static WebElement visible(By target) {
    return wait(browser).until(ExpectedConditions.visibilityOfElementLocated(target));
  }

  private static WebDriverWait wait(WebDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  private static void screenshot(String name) throws IOException {
    Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }
}
