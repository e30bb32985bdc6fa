package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What every client relies on: health, the OpenAPI document, and problem details everywhere. */
@ExtendWith(DeployedStack.class)
class PlatformSurfaceTest {

  private final Stack stack;
  private final PlatformApi api;

  PlatformSurfaceTest(Stack stack) {
    this.stack = stack;
    this.api = stack.api();
  }

  @Test
  void healthReportsTheDatabaseAndSigningKeys() throws Exception {
    PlatformApi.Answer ready = api.get("/health/ready", null);
    PlatformApi.Answer live = api.get("/health/live", null);

    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.json().get("checks").findValuesAsText("name"))
        .contains("database", "signing-keys");
    assertThat(live.status()).isEqualTo(200);
  }

  @Test
  void theOpenApiDocumentDescribesTheApi() throws Exception {
    PlatformApi.Answer document =
        api.send(
            HttpRequest.newBuilder(URI.create(stack.settings().platformUrl() + "/openapi"))
                .header("Accept", "application/json"));

    assertThat(document.status()).as(document.raw().body()).isEqualTo(200);
    assertThat(document.json().at("/paths").has("/api/platform/tenants")).isTrue();
    assertThat(document.json().at("/paths").has("/api/t/{tenant}/me")).isTrue();
  }

  @Test
  void theSettingsSchemasArePublished() throws Exception {
    PlatformApi.Answer settings = api.get("/api/schemas/tenant-settings.json", null);
    PlatformApi.Answer declaration = api.get("/api/schemas/tenant-declaration.json", null);

    assertThat(settings.status()).isEqualTo(200);
    assertThat(settings.json().at("/properties/appraisal").isMissingNode()).isFalse();
    assertThat(declaration.status()).isEqualTo(200);
    assertThat(declaration.json().at("/properties/slug").isMissingNode()).isFalse();
  }

  @Test
  void unknownAddressesAndWrongMethodsAnswerWithProblems() throws Exception {
    String token = api.token(Realms.SALES, "demo-rep", "demo");

    PlatformApi.Answer missing = api.get("/api/no-such-thing", token);
    PlatformApi.Answer wrongMethod = api.post("/api/t/demo/me", token, "{}");

    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.contentType()).startsWith("application/problem+json");
    assertThat(wrongMethod.status()).isEqualTo(405);
    assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
  }
}
