package org.khaldun.crawl.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.khaldun.testkit.SuppressForbidden;

/**
 * A news site on the loopback interface for the watcher's tests: routes answer with what the test
 * gives them, feeds answer 304 to their own ETag, and every request is counted and kept. {@code new
 * NewsServer()} serves until closed.
 */
@SuppressForbidden(
    reason =
        "com.sun.net.httpserver is the JDK's own supported HTTP server (module jdk.httpserver)")
public final class NewsServer implements AutoCloseable {
  /** How one route answers; may sleep, count, or change with the request. */
  @FunctionalInterface
  public interface Route {
    Answer answer(Request request, int hit) throws IOException, InterruptedException;
  }

  /** An answer: status, headers and body. */
  public record Answer(int status, Map<String, String> headers, byte[] body) {
    public static Answer html(String html) {
      return new Answer(
          200,
          Map.of("Content-Type", "text/html; charset=utf-8"),
          html.getBytes(StandardCharsets.UTF_8));
    }

    public static Answer status(int status) {
      return new Answer(
          status,
          Map.of("Content-Type", "text/html; charset=utf-8"),
          ("<html><body><p>Error " + status + "</p></body></html>")
              .getBytes(StandardCharsets.UTF_8));
    }

    public static Answer redirect(String location) {
      return new Answer(301, Map.of("Location", location), new byte[0]);
    }

    public static Answer text(String contentType, String text) {
      return new Answer(
          200, Map.of("Content-Type", contentType), text.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** A request as the server saw it. */
  public record Request(String pathAndQuery, Map<String, List<String>> headers, long nanos) {
    public String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
          return e.getValue().get(0);
        }
      }
      return null;
    }
  }

  private final HttpServer server;
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

  public NewsServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool(daemon()));
    server.createContext("/", this::handle);
    server.start();
  }

  /** {@code http://127.0.0.1:PORT} followed by {@code path}. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** Serves {@code route} at {@code path} (with its query, if the route is to match one). */
  public NewsServer route(String path, Route route) {
    routes.put(path, route);
    return this;
  }

  public NewsServer page(String path, String html) {
    return route(path, (request, hit) -> Answer.html(html));
  }

  /** An RSS feed of {@code links}, with an ETag and Last-Modified that change with the links. */
  public NewsServer feed(String path, List<String> links) {
    String rss = Pages.rss("Loopback News", links);
    String etag = "\"" + Integer.toHexString(rss.hashCode()) + "\"";
    return route(
        path,
        (request, hit) -> {
          if (etag.equals(request.header("If-None-Match"))) {
            return new Answer(304, Map.of("ETag", etag), new byte[0]);
          }
          return new Answer(
              200,
              Map.of(
                  "Content-Type",
                  "application/rss+xml; charset=utf-8",
                  "ETag",
                  etag,
                  "Last-Modified",
                  "Mon, 16 Oct 2023 08:00:00 GMT"),
              rss.getBytes(StandardCharsets.UTF_8));
        });
  }

  /** Requests of {@code pathAndQuery} so far. */
  public int hits(String pathAndQuery) {
    AtomicInteger n = hits.get(pathAndQuery);
    return n == null ? 0 : n.get();
  }

  /** Requests so far whose path starts with {@code prefix}. */
  public int hitsUnder(String prefix) {
    return hits.entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix))
        .mapToInt(e -> e.getValue().get())
        .sum();
  }

  public List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    String query = exchange.getRequestURI().getRawQuery();
    String key = query == null ? path : path + "?" + query;
    int hit = hits.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    Request request = new Request(key, Map.copyOf(exchange.getRequestHeaders()), System.nanoTime());
    requests.add(request);
    Route route = routes.get(key);
    if (route == null) {
      route = routes.get(path);
    }
    try {
      Answer answer =
          route == null
              ? (path.equals("/robots.txt")
                  ? new Answer(404, Map.of(), new byte[0])
                  : Answer.status(404))
              : route.answer(request, hit);
      answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      boolean empty = answer.body().length == 0 || answer.status() == 304;
      exchange.sendResponseHeaders(answer.status(), empty ? -1 : answer.body().length);
      if (!empty) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(answer.body());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the client went away (a timeout on its side): nothing to answer
    } finally {
      exchange.close();
    }
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return runnable -> {
      Thread thread = new Thread(runnable, "news-server");
      thread.setDaemon(true);
      return thread;
    };
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
