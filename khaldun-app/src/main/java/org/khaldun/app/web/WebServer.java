package org.khaldun.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.http.staticfiles.StaticFileConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.khaldun.store.EventQuery;
import org.khaldun.store.Queries;
import org.khaldun.store.Store;
import org.khaldun.store.StoredRejects;

/**
 * The read-only web server: the REST API of docs/API.md under {@code /api/} and the web UI's static
 * files. Handlers only parse parameters, ask {@link Queries}, and render JSON; bad parameters are
 * 400s naming the parameter, unknown ids 404s, and nothing returns a stack trace.
 */
public final class WebServer implements AutoCloseable {
  private static final int MAX_LIMIT = 500;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Store store;
  private final Queries queries;
  private final StoredRejects rejects;
  private final ResponseCache cache; // null: every answer comes from the store
  private final FairGate gate = ServerCapacity.gate();
  private final Javalin app;
  private volatile String host;
  private volatile int port;

  /** A server with a cache of 32 M characters (64 MB) of answers. */
  public WebServer(Store store) {
    this(store, 32L << 20);
  }

  /** A server caching up to {@code cacheChars} characters of answers; 0 turns caching off. */
  public WebServer(Store store, long cacheChars) {
    if (cacheChars < 0) {
      throw new IllegalArgumentException("cache size must be 0 or more, not " + cacheChars);
    }
    this.store = store;
    this.cache = cacheChars == 0 ? null : new ResponseCache(cacheChars);
    this.queries = new Queries(store);
    this.rejects = new StoredRejects(store);
    this.app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              if (WebServer.class.getResource("/public/index.html") != null) {
                config.staticFiles.add(files -> uiFiles(files, "/public", "max-age=0"));
              }
              // as enableWebjars() does, with charsets; a versioned path never changes
              config.staticFiles.add(
                  files -> uiFiles(files, "META-INF/resources/webjars", "max-age=31622400"));
              config.http.defaultContentType = "application/json";
              config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
              config.jetty.threadPool = ServerCapacity.threadPool();
              config.jetty.addConnector(
                  (server, http) -> ServerCapacity.connector(server, http, host, port));
            });
    routes();
  }

  /**
   * Static files from the classpath, typed with their charset. Jetty's own types have none, and
   * Javalin clears the response's type before Jetty sets it, which leaves "charset=null".
   */
  private static void uiFiles(StaticFileConfig files, String directory, String cacheControl) {
    files.directory = directory;
    files.location = Location.CLASSPATH;
    files.headers = Map.of("Cache-Control", cacheControl);
    files.mimeTypes.add("text/html;charset=utf-8", "html");
    files.mimeTypes.add("text/javascript;charset=utf-8", "js");
    files.mimeTypes.add("text/css;charset=utf-8", "css");
  }

  /** Starts listening; {@code port} 0 picks a free port. */
  public WebServer start(String host, int port) {
    this.host = host;
    this.port = port;
    app.start();
    return this;
  }

  public int port() {
    return app.port();
  }

  /** The listening connector, for tests that pause accepting. */
  org.eclipse.jetty.server.ServerConnector connector() {
    return (org.eclipse.jetty.server.ServerConnector) app.jettyServer().server().getConnectors()[0];
  }

  @Override
  public void close() {
    app.stop();
  }

  private void routes() {
    app.before(ctx -> SecurityHeaders.apply(ctx::header));
    answer(
        "/api/events",
        ctx -> {
          EventQuery query = query(ctx);
          Map<String, Object> body = new LinkedHashMap<>();
          Queries.Page page = queries.page(query);
          body.put("total", page.total());
          body.put("limit", query.limit());
          body.put("offset", query.offset());
          body.put("events", page.events().stream().map(ApiJson::event).toList());
          return body;
        });
    answer(
        "/api/events/{id}",
        ctx -> {
          String id = ctx.pathParam("id");
          Queries.EventDetail detail =
              queries.event(id).orElseThrow(() -> new ApiErrors.NotFound("no event " + id));
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("event", ApiJson.event(detail.event()));
          body.put("mentions", detail.mentions().stream().map(ApiJson::mention).toList());
          return body;
        });
    answer(
        "/api/articles/{id}",
        ctx -> {
          String id = ctx.pathParam("id");
          return ApiJson.article(
              queries.article(id).orElseThrow(() -> new ApiErrors.NotFound("no article " + id)));
        });
    answer(
        "/api/dyads",
        ctx -> {
          EventQuery range =
              EventQuery.parse(
                  ctx.queryParam("from"),
                  ctx.queryParam("to"),
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null);
          int limit = EventQuery.limit(ctx.queryParam("limit"), 50, 1000);
          return queries.dyads(range.from(), range.to(), limit).stream()
              .map(
                  d -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("source", d.source());
                    row.put("target", d.target().isEmpty() ? null : d.target());
                    row.put("events", d.events());
                    row.put("mean_goldstein", round(d.meanGoldstein()));
                    row.put("first", ApiJson.date(d.first()));
                    row.put("last", ApiJson.date(d.last()));
                    return row;
                  })
              .toList();
        });
    answer(
        "/api/timeline",
        ctx -> {
          // each side checked under its own name: joined into a dyad, an error would name "dyad"
          String source = EventQuery.actor("source", required(ctx, "source"));
          String target = EventQuery.actor("target", required(ctx, "target"));
          EventQuery range =
              EventQuery.parse(
                  ctx.queryParam("from"),
                  ctx.queryParam("to"),
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null);
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("source", source);
          body.put("target", target);
          body.put(
              "days",
              queries.timeline(source, target, range.from(), range.to()).stream()
                  .map(
                      d -> {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("date", ApiJson.date(d.date()));
                        row.put("verbal_cooperation", d.verbalCooperation());
                        row.put("material_cooperation", d.materialCooperation());
                        row.put("verbal_conflict", d.verbalConflict());
                        row.put("material_conflict", d.materialConflict());
                        row.put("mean_goldstein", round(d.meanGoldstein()));
                        return row;
                      })
                  .toList());
          return body;
        });
    answer(
        "/api/actors",
        ctx ->
            queries
                .actors(ctx.queryParam("q"), EventQuery.limit(ctx.queryParam("limit"), 100, 10_000))
                .stream()
                .map(
                    a -> {
                      Map<String, Object> row = new LinkedHashMap<>();
                      row.put("name", a.name());
                      row.put("code", a.code());
                      row.put("country", a.country());
                      row.put("basis", a.basis());
                      row.put("first_date", ApiJson.date(a.firstDate()));
                      row.put("last_date", ApiJson.date(a.lastDate()));
                      row.put("mentions", a.mentions());
                      return row;
                    })
                .toList());
    answer(
        "/api/stats",
        ctx -> {
          Queries.Stats stats = queries.stats();
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("articles", stats.articles());
          body.put("mentions", stats.mentions());
          body.put("events", stats.events());
          body.put("actors", stats.actors());
          body.put("rejects", stats.rejects());
          body.put("first_date", ApiJson.date(stats.firstDate()));
          body.put("last_date", ApiJson.date(stats.lastDate()));
          Map<String, Long> byQuad = new LinkedHashMap<>();
          stats.byQuad().forEach((quad, events) -> byQuad.put(Integer.toString(quad), events));
          body.put("by_quad", byQuad);
          body.put(
              "countries",
              stats.countries().entrySet().stream()
                  .map(
                      e -> {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("code", e.getKey());
                        row.put("events", e.getValue());
                        return row;
                      })
                  .toList());
          return body;
        });
    answer(
        "/api/rejects",
        ctx -> {
          int limit = EventQuery.limit(ctx.queryParam("limit"), 100, 10_000);
          int offset = EventQuery.offset(ctx.queryParam("offset"));
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("total", rejects.count());
          body.put("limit", limit);
          body.put("offset", offset);
          body.put("rejects", rejects.list(offset, limit).stream().map(ApiJson::reject).toList());
          return body;
        });
    app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi()));
    app.head("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi()));

    ApiErrors.install(app);
  }

  /** An API answer: a function of the request and the store's contents only. */
  @FunctionalInterface
  private interface Answer {
    Object of(Context ctx) throws Exception;
  }

  /**
   * Registers a GET endpoint whose JSON answers are cached until the store changes; errors are
   * thrown before anything is cached. Cached answers wait their turn at the gate too (see {@link
   * FairGate}).
   */
  private void answer(String path, Answer answer) {
    io.javalin.http.Handler handler =
        ctx -> {
          String key =
              ctx.path() + '?' + java.util.Objects.requireNonNullElse(ctx.queryString(), "");
          java.util.Optional<String> version =
              cache == null ? java.util.Optional.empty() : store.version();
          String json = version.map(v -> cache.get(key, v)).orElse(null);
          boolean query = json == null;
          gate.enter(query);
          try {
            if (query) {
              // the same question may have been answered while this one waited
              version = cache == null ? java.util.Optional.empty() : store.version();
              json = version.map(v -> cache.get(key, v)).orElse(null);
            }
            if (json == null) {
              json = JSON.writeValueAsString(answer.of(ctx));
              if (version.isPresent()) {
                cache.put(key, version.get(), json);
              }
            }
          } finally {
            if (query) {
              gate.leave();
            }
          }
          ctx.contentType("application/json").result(json);
        };
    app.get(path, handler);
    app.head(path, handler); // left to Javalin, HEAD says 200 and nothing else, whatever GET says
  }

  /** The gate API answers pass, for tests that hold it. */
  FairGate gate() {
    return gate;
  }

  private static EventQuery query(Context ctx) {
    String limit = ctx.queryParam("limit");
    EventQuery.limit(limit, 50, MAX_LIMIT); // the API's own ceiling, below the store's
    return EventQuery.parse(
        ctx.queryParam("from"),
        ctx.queryParam("to"),
        ctx.queryParam("source"),
        ctx.queryParam("target"),
        ctx.queryParam("dyad"),
        ctx.queryParam("code"),
        ctx.queryParam("quad"),
        ctx.queryParam("text"),
        limit,
        ctx.queryParam("offset"));
  }

  private static String required(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + ": required");
    }
    return value;
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  private static String openApi() {
    try (InputStream in = WebServer.class.getResourceAsStream("openapi.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("the bundled OpenAPI description is missing", e);
    }
  }
}
