package org.khaldun.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.model.Rejected;
import org.khaldun.pipeline.Stages;
import org.khaldun.store.Store;
import org.khaldun.store.StoreWriter;
import org.khaldun.testkit.Coding;

/** Every endpoint of the REST API, paging, bad parameters and unknown ids, over HTTP. */
final class ApiIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path dir;
  static WebServer server;

  @BeforeAll
  static void start() {
    Store store = new Store(dir.resolve("api.duckdb"));
    List<Stages.Result> results = new ArrayList<>();
    for (String text :
        List.of(
            "Iranian President Ebrahim Raisi phoned Saudi Crown Prince Mohammed bin Salman on Wednesday.",
            "Saudi Crown Prince Mohammed bin Salman received a phone call from Iranian President Ebrahim Raisi on Wednesday.",
            "Iran and Saudi Arabia held talks in Beijing on Thursday.",
            "Washington imposed new sanctions on Venezuela on Friday.",
            "Pakistan accused India of violating the ceasefire along the border.",
            "Russian forces launched air strikes on Aleppo on Thursday.",
            "Japan sent humanitarian aid to Myanmar after the earthquake.")) {
      results.add(Coding.code(text));
    }
    new StoreWriter(store, "run")
        .write(
            results,
            List.of(
                new Rejected("news/day2.jsonl", 14, null, "ingest", "not valid JSON: cut short"),
                new Rejected("news/day1.jsonl", 3, "a3", "coding", "analysis stopped")));
    server = new WebServer(store).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private record Response(int status, JsonNode body, String contentType) {}

  private static Response get(String path) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    String type = response.headers().firstValue("content-type").orElse("");
    return new Response(
        response.statusCode(),
        type.startsWith("application/json") ? JSON.readTree(response.body()) : null,
        type);
  }

  @Test
  void eventsAreListedWithTotalsAndPagedWithoutOverlap() throws Exception {
    Response all = get("/api/events");
    assertThat(all.status()).isEqualTo(200);
    int total = all.body().get("total").asInt();
    assertThat(all.body().get("events")).hasSize(total);
    JsonNode first = all.body().get("events").get(0);
    for (String field :
        List.of(
            "id",
            "date",
            "source",
            "target",
            "cameo",
            "cameo_name",
            "cameo_root",
            "plover",
            "quad_class",
            "goldstein",
            "num_mentions",
            "num_sources",
            "num_articles",
            "first_seen",
            "last_seen",
            "evidence")) {
      assertThat(first.has(field)).as(field).isTrue();
    }
    Set<String> seen = new HashSet<>();
    for (int offset = 0; offset < total; offset += 2) {
      Response page = get("/api/events?limit=2&offset=" + offset);
      assertThat(page.body().get("limit").asInt()).isEqualTo(2);
      page.body()
          .get("events")
          .forEach(
              e -> assertThat(seen.add(e.get("id").asText())).as("event on two pages").isTrue());
    }
    assertThat(seen).hasSize(total);
  }

  @Test
  void filtersWork() throws Exception {
    Response dyad = get("/api/events?dyad=SAU,IRN&code=041");
    assertThat(dyad.body().get("total").asInt()).isEqualTo(1);
    JsonNode call = dyad.body().get("events").get(0);
    assertThat(call.get("num_mentions").asInt()).isEqualTo(2);
    assertThat(call.get("date").asText()).isEqualTo("2023-10-11");
    assertThat(
            get("/api/events?source=USA&quad=4").body().get("events").get(0).get("cameo").asText())
        .isEqualTo("163");
    assertThat(get("/api/events?text=sanctions").body().get("total").asInt()).isEqualTo(1);
  }

  @Test
  void anEventCarriesEveryMentionWithOffsetsIntoItsArticle() throws Exception {
    String id = get("/api/events?code=041").body().get("events").get(0).get("id").asText();
    Response event = get("/api/events/" + id);
    assertThat(event.status()).isEqualTo(200);
    JsonNode mentions = event.body().get("mentions");
    assertThat(mentions).hasSize(2);
    for (JsonNode mention : mentions) {
      Response article = get("/api/articles/" + mention.get("article").asText());
      String text = article.body().get("text").asText();
      JsonNode trigger = mention.get("trigger");
      assertThat(text.substring(trigger.get("start").asInt(), trigger.get("end").asInt()))
          .isEqualTo(trigger.get("text").asText());
      int evidenceStart = mention.get("evidence_start").asInt();
      assertThat(text.substring(evidenceStart)).startsWith(mention.get("evidence").asText());
      JsonNode source = mention.get("source");
      assertThat(source.get("start").asInt()).isGreaterThanOrEqualTo(evidenceStart);
      assertThat(article.body().get("spans"))
          .anySatisfy(
              span -> {
                assertThat(span.get("kind").asText()).isEqualTo("trigger");
                assertThat(span.get("event_id").asText()).isEqualTo(id);
              });
    }
  }

  @Test
  void dyadsTimelineActorsAndStats() throws Exception {
    assertThat(get("/api/dyads").body())
        .anySatisfy(
            d -> {
              assertThat(d.get("source").asText()).isEqualTo("USA");
              assertThat(d.get("target").asText()).isEqualTo("VEN");
              assertThat(d.get("mean_goldstein").asDouble()).isEqualTo(-8.0);
            });
    JsonNode days = get("/api/timeline?source=IRN&target=SAU").body().get("days");
    assertThat(days).hasSize(2);
    assertThat(days.get(0).get("date").asText()).isEqualTo("2023-10-11");
    assertThat(days.get(0).get("verbal_cooperation").asInt()).isEqualTo(1);
    assertThat(get("/api/actors?q=raisi").body())
        .anySatisfy(a -> assertThat(a.get("code").asText()).isEqualTo("IRNGOV"));
    JsonNode stats = get("/api/stats").body();
    assertThat(stats.get("articles").asInt()).isEqualTo(7);
    assertThat(stats.get("by_quad").get("4").asInt()).isEqualTo(2);
  }

  @Test
  void badParametersAre400sNamingTheParameter() throws Exception {
    for (String[] c :
        new String[][] {
          {"/api/events?from=2023-13-01", "from"},
          {"/api/events?from=2024-01-02&to=2024-01-01", "from"},
          {"/api/events?source=ZZZ", "source"},
          {"/api/events?quad=9", "quad"},
          {"/api/events?code=ABC", "code"},
          {"/api/events?limit=0", "limit"},
          {"/api/events?limit=501", "limit"},
          {"/api/events?offset=-1", "offset"},
          {"/api/events?dyad=IRN", "dyad"},
          {"/api/timeline?source=IRN", "target"},
          {"/api/dyads?limit=abc", "limit"},
          {"/api/actors?limit=0", "limit"}
        }) {
      Response response = get(c[0]);
      assertThat(response.status()).as(c[0]).isEqualTo(400);
      assertThat(response.body().get("parameter").asText()).as(c[0]).isEqualTo(c[1]);
      assertThat(response.body().get("error").asText())
          .as(c[0])
          .doesNotContain("Exception")
          .doesNotContain("\tat ");
    }
  }

  @Test
  void answersFollowTheStoreWhenAnIngestAddsToIt() throws Exception {
    Path db = dir.resolve("growing.duckdb");
    new StoreWriter(new Store(db), "run-1")
        .write(
            List.of(Coding.code("Iran and Saudi Arabia held talks in Beijing on Thursday.")),
            List.of());
    try (WebServer growing = new WebServer(new Store(db)).start("127.0.0.1", 0)) {
      String stats = "http://127.0.0.1:" + growing.port() + "/api/stats";
      assertThat(JSON.readTree(fetch(stats)).get("articles").asInt()).isEqualTo(1);
      assertThat(JSON.readTree(fetch(stats)).get("articles").asInt()).as("again").isEqualTo(1);

      // another writer, as an ingest process would be
      new StoreWriter(new Store(db), "run-2")
          .write(
              List.of(Coding.code("Washington imposed new sanctions on Venezuela on Friday.")),
              List.of());

      JsonNode after = JSON.readTree(fetch(stats));
      assertThat(after.get("articles").asInt()).isEqualTo(2);
      assertThat(after.get("by_quad").get("4").asInt()).isEqualTo(1);
    }
  }

  private static String fetch(String url) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }

  @Test
  void emptyPagingParametersMeanTheDefaults() throws Exception {
    Response response = get("/api/events?limit=&offset=");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body().get("limit").asInt()).isEqualTo(50);
    assertThat(response.body().get("offset").asInt()).isZero();
  }

  @Test
  void unknownIdsAndPathsAre404sInJson() throws Exception {
    for (String path :
        List.of("/api/events/e0000000000000000", "/api/articles/none", "/api/nothing")) {
      Response response = get(path);
      assertThat(response.status()).as(path).isEqualTo(404);
      assertThat(response.body().get("error").asText()).as(path).isNotBlank();
    }
  }

  @Test
  void openApiDescribesEveryEndpoint() throws Exception {
    JsonNode spec = get("/api/openapi.json").body();
    assertThat(spec.get("openapi").asText()).startsWith("3.");
    List<String> paths = new ArrayList<>();
    spec.get("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths)
        .containsExactlyInAnyOrder(
            "/api/events",
            "/api/events/{id}",
            "/api/articles/{id}",
            "/api/dyads",
            "/api/timeline",
            "/api/actors",
            "/api/stats",
            "/api/rejects",
            "/api/openapi.json");
    for (String path : paths) {
      String concrete =
          path.replace("{id}", "x").replace("/api/timeline", "/api/timeline?source=IRN&target=SAU");
      assertThat(get(concrete).status()).as(path).isIn(200, 404);
    }
  }

  @Test
  void rejectsAreListedInFileAndLineOrderAndPaged() throws Exception {
    Response all = get("/api/rejects");
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.body().get("total").asInt()).isEqualTo(2);
    JsonNode first = all.body().get("rejects").get(0);
    assertThat(first.get("source").asText()).isEqualTo("news/day1.jsonl");
    assertThat(first.get("line").asInt()).isEqualTo(3);
    assertThat(first.get("stage").asText()).isEqualTo("coding");
    assertThat(first.get("article_id").asText()).isEqualTo("a3");
    assertThat(all.body().get("rejects").get(1).get("reason").asText())
        .isEqualTo("not valid JSON: cut short");

    Response second = get("/api/rejects?limit=1&offset=1");
    assertThat(second.body().get("rejects")).hasSize(1);
    assertThat(second.body().get("rejects").get(0).get("line").asInt()).isEqualTo(14);

    Response bad = get("/api/rejects?offset=-1");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body().get("error").asText()).contains("offset");
  }
}
