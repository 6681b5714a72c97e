package org.khaldun.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.store.Store;
import org.khaldun.store.SyntheticStore;

/**
 * What a hostile or careless client meets: parameters with an empty or malformed side, methods the
 * server does not take, HEAD, oversized requests, unknown paths; and the headers and charsets every
 * answer carries.
 */
final class HttpHardeningIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path dir;
  static WebServer server;

  @BeforeAll
  static void start() {
    Store store = new Store(dir.resolve("synthetic.duckdb"));
    SyntheticStore.fill(store, 200, 7);
    server = new WebServer(store).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> send(String method, String path, String... headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse("");
  }

  /** The API's one error shape: JSON with a non-empty "error", nothing internal. */
  private static JsonNode errorShape(HttpResponse<String> response, String what) throws Exception {
    assertThat(header(response, "content-type")).as(what).startsWith("application/json");
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.path("error").asText()).as(what).isNotBlank().doesNotContain("Exception");
    return body;
  }

  @Test
  void anEmptyOrMalformedSideIsA400NamingItsParameter() throws Exception {
    for (String[] c :
        new String[][] {
          {"/api/events?dyad=,SAU", "dyad"},
          {"/api/events?dyad=SAU,", "dyad"},
          {"/api/timeline?source='", "source"},
          {"/api/timeline?source='&target=SAU", "source"},
          {"/api/timeline?source=IRN,SAU&target=ISR", "source"},
          {"/api/timeline?source=IRN&target='", "target"}
        }) {
      HttpResponse<String> response = send("GET", c[0]);
      assertThat(response.statusCode()).as(c[0]).isEqualTo(400);
      assertThat(errorShape(response, c[0]).path("parameter").asText()).as(c[0]).isEqualTo(c[1]);
    }
  }

  @Test
  void theUiFilesDeclareARealCharset() throws Exception {
    for (String[] c :
        new String[][] {
          {"/", "text/html"},
          {"/app.js", "text/javascript"},
          {"/style.css", "text/css"},
          {"/webjars/echarts/5.5.0/echarts.min.js", "text/javascript"}
        }) {
      HttpResponse<String> response = send("GET", c[0]);
      assertThat(response.statusCode()).as(c[0]).isEqualTo(200);
      assertThat(header(response, "content-type").toLowerCase(java.util.Locale.ROOT))
          .as(c[0])
          .isEqualTo(c[1] + ";charset=utf-8");
    }
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() throws Exception {
    for (HttpResponse<String> response :
        List.of(
            send("GET", "/"),
            send("GET", "/app.js"),
            send("GET", "/api/stats"),
            send("GET", "/api/events?quad=9"),
            send("GET", "/nothing"),
            send("POST", "/api/stats"),
            send("GET", "/api/events?q=" + "a".repeat(20_000)))) {
      String what = response.request().method() + " " + response.statusCode();
      assertThat(header(response, "x-content-type-options")).as(what).isEqualTo("nosniff");
      assertThat(header(response, "x-frame-options")).as(what).isEqualTo("DENY");
      assertThat(header(response, "referrer-policy")).as(what).isEqualTo("no-referrer");
      assertThat(header(response, "content-security-policy"))
          .as(what)
          .contains("default-src 'none'")
          .contains("script-src 'self'")
          .contains("frame-ancestors 'none'")
          .doesNotContain("unsafe");
    }
  }

  @Test
  void otherMethodsAre405sThatSayWhatIsAllowed() throws Exception {
    for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE")) {
      for (String path : List.of("/api/events", "/api/stats", "/", "/app.js")) {
        HttpResponse<String> response = send(method, path);
        assertThat(response.statusCode()).as(method + " " + path).isEqualTo(405);
        assertThat(header(response, "allow")).as(method + " " + path).isEqualTo("GET, HEAD");
        errorShape(response, method + " " + path);
      }
    }
  }

  @Test
  void headAnswersAsGetDoesWithoutABody() throws Exception {
    for (String path :
        List.of(
            "/api/stats",
            "/api/events?limit=3",
            "/api/events?quad=9",
            "/api/events/e0",
            "/api/timeline?source=USA&target=CHN",
            "/api/openapi.json",
            "/api/nothing",
            "/nothing",
            "/",
            "/style.css")) {
      HttpResponse<String> get = send("GET", path);
      HttpResponse<String> head = send("HEAD", path);
      assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode());
      assertThat(header(head, "content-type")).as(path).isEqualTo(header(get, "content-type"));
      assertThat(header(head, "content-length")).as(path).isEqualTo(header(get, "content-length"));
      assertThat(head.body()).as(path).isEmpty();
    }
  }

  @Test
  void unknownPathsAndOversizedRequestsGetTheApisErrorShape() throws Exception {
    HttpResponse<String> page = send("GET", "/nothing.html");
    assertThat(page.statusCode()).isEqualTo(404);
    errorShape(page, "unknown page");
    HttpResponse<String> file = send("GET", "/webjars/nothing/1.0/none.js");
    assertThat(file.statusCode()).isEqualTo(404);
    errorShape(file, "unknown file");

    HttpResponse<String> longUri = send("GET", "/api/events?text=" + "a".repeat(20_000));
    assertThat(longUri.statusCode()).isEqualTo(414);
    errorShape(longUri, "414");

    HttpResponse<String> bigHeaders = send("GET", "/api/stats", "X-Padding", "a".repeat(20_000));
    assertThat(bigHeaders.statusCode()).isEqualTo(431);
    errorShape(bigHeaders, "431");
  }
}
