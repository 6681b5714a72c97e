package org.khaldun.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * The questions of many analysts at once, drawn from what a store holds: event listings under
 * random combinations of filters and pages, events, articles, dyads and timelines over random
 * ranges, actor searches, stats and the UI's files. Drawn from a space large enough that the answer
 * cache cannot hold the whole load, so DuckDB keeps working.
 */
final class VariedRequests implements Function<Random, String> {
  private static final List<String> CODES =
      List.of(
          "01", "02", "03", "04", "041", "042", "05", "11", "12", "13", "14", "17", "19",
          "CONSULT");
  private static final List<String> STATIC = List.of("/", "/app.js", "/style.css");

  private final List<String> countries;
  private final List<String> events;
  private final List<String> articles;
  private final int firstYear;
  private final int lastYear;

  private VariedRequests(
      List<String> countries,
      List<String> events,
      List<String> articles,
      int firstYear,
      int lastYear) {
    this.countries = countries;
    this.events = events;
    this.articles = articles;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }

  /** Reads the store's countries, years, some events and their articles through the API. */
  static VariedRequests of(URI base) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    ObjectMapper json = new ObjectMapper();
    JsonNode stats = json.readTree(fetch(http, base, "/api/stats"));
    List<String> countries = new ArrayList<>();
    stats.get("countries").forEach(c -> countries.add(c.get("code").asText()));
    List<String> events = new ArrayList<>();
    json.readTree(fetch(http, base, "/api/events?limit=200"))
        .get("events")
        .forEach(e -> events.add(e.get("id").asText()));
    List<String> articles = new ArrayList<>();
    for (String event : events.subList(0, Math.min(20, events.size()))) {
      json.readTree(fetch(http, base, "/api/events/" + event))
          .get("mentions")
          .forEach(m -> articles.add(m.get("article").asText()));
    }
    if (countries.size() < 2 || events.isEmpty()) {
      throw new IllegalStateException("the store needs events between at least two countries");
    }
    return new VariedRequests(
        countries,
        events,
        articles,
        Integer.parseInt(stats.get("first_date").asText().substring(0, 4)),
        Integer.parseInt(stats.get("last_date").asText().substring(0, 4)));
  }

  private static String fetch(HttpClient http, URI base, String path) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(base.resolve(path)).build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + " -> " + response.statusCode());
    }
    return response.body();
  }

  @Override
  public String apply(Random random) {
    int kind = random.nextInt(20);
    if (kind < 7) {
      return listing(random);
    }
    if (kind < 9) {
      return "/api/events/" + pick(random, events);
    }
    if (kind < 10 && !articles.isEmpty()) {
      return "/api/articles/" + pick(random, articles);
    }
    if (kind < 12) {
      String[] pair = pair(random);
      return "/api/timeline?source=" + pair[0] + "&target=" + pair[1] + range(random, "&");
    }
    if (kind < 14) {
      return "/api/dyads?limit=" + (random.nextBoolean() ? 50 : 200) + range(random, "&");
    }
    if (kind < 15) {
      return "/api/stats";
    }
    if (kind < 17) {
      return "/api/actors?q="
          + pick(random, countries).substring(0, 2).toLowerCase(java.util.Locale.ROOT);
    }
    return pick(random, STATIC);
  }

  private String listing(Random random) {
    StringBuilder query =
        new StringBuilder("/api/events?limit=" + (random.nextBoolean() ? 20 : 50));
    if (random.nextInt(3) == 0) {
      query.append("&offset=").append(50 * random.nextInt(10));
    }
    switch (random.nextInt(4)) {
      case 0 -> {
        String[] pair = pair(random);
        query.append("&dyad=").append(pair[0]).append(',').append(pair[1]);
      }
      case 1 -> query.append("&source=").append(pick(random, countries));
      case 2 -> query.append("&target=").append(pick(random, countries));
      default -> {}
    }
    if (random.nextBoolean()) {
      query.append("&code=").append(pick(random, CODES));
    } else if (random.nextBoolean()) {
      query.append("&quad=").append(1 + random.nextInt(4));
    }
    return query.append(range(random, "&")).toString();
  }

  /** Nothing, one year, or from a year on. */
  private String range(Random random, String separator) {
    int year = firstYear + random.nextInt(lastYear - firstYear + 1);
    return switch (random.nextInt(3)) {
      case 0 -> "";
      case 1 -> separator + "from=" + year + "-01-01&to=" + year + "-12-31";
      default -> separator + "from=" + year + "-01-01";
    };
  }

  private String[] pair(Random random) {
    String first = pick(random, countries);
    String second = pick(random, countries);
    while (second.equals(first)) {
      second = pick(random, countries);
    }
    return new String[] {first, second};
  }

  private static String pick(Random random, List<String> values) {
    return values.get(random.nextInt(values.size()));
  }
}
