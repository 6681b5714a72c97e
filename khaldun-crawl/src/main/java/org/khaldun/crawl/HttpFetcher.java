package org.khaldun.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fetches with the JDK's HTTP client, politely: through the {@link HostGate} (one request per host
 * at a time, a delay between them), with the configured User-Agent, a timeout on connecting and on
 * the whole answer, a size limit read before the body is, and retries with doubling pauses after a
 * 5xx or 429 answer or a network error. Redirects are not followed here, so the caller can check
 * each hop against robots.txt and what it has seen. Every answer, retried ones too, goes to the
 * {@link Archive}. Thread-safe.
 */
public final class HttpFetcher implements Fetcher, AutoCloseable {
  private final CrawlConfig config;
  private final HostGate gate;
  private final Archive archive;
  private final HttpClient client;
  private final ScheduledExecutorService alarms;

  HttpFetcher(CrawlConfig config, HostGate gate, Archive archive) {
    this.config = config;
    this.gate = gate;
    this.archive = archive;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(config.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    this.alarms =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "khaldun-crawl-timeouts");
              thread.setDaemon(true);
              return thread;
            });
  }

  @Override
  public Response fetch(URI url, Map<String, String> headers, int maxBytes) {
    int attempts = config.retries() + 1;
    Duration pause = config.backoff();
    for (int attempt = 1; ; attempt++) {
      String failure;
      try {
        Response response = gate.call(url, () -> once(url, headers, maxBytes));
        archive.write(response);
        if (response.status() < 500 && response.status() != 429) {
          return response;
        }
        failure = response.statusLine();
      } catch (HttpTimeoutException e) {
        failure = "timed out after " + seconds(config.timeout());
      } catch (IOException e) {
        failure = "network error: " + (e.getMessage() == null ? e.toString() : e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CrawlException(url.toString(), "interrupted", true, e);
      }
      if (attempt >= attempts) {
        throw new CrawlException(
            url.toString(),
            "gave up after " + attempts + (attempts == 1 ? " attempt: " : " attempts: ") + failure,
            true);
      }
      sleep(url, pause);
      pause = pause.multipliedBy(2);
    }
  }

  private Response once(URI url, Map<String, String> headers, int maxBytes)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(config.timeout())
            .header("User-Agent", config.userAgent())
            .header(
                "Accept",
                "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                    + "application/xml;q=0.9,*/*;q=0.5")
            .GET();
    headers.forEach(request::header);
    long deadline = System.nanoTime() + config.timeout().toNanos();
    HttpResponse<InputStream> answer =
        client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream in = answer.body()) {
      OptionalLong length = answer.headers().firstValueAsLong("content-length");
      if (length.isPresent() && length.getAsLong() > maxBytes) {
        throw new CrawlException(
            url.toString(),
            "oversized: " + length.getAsLong() + " bytes, the limit is " + maxBytes,
            false);
      }
      byte[] body = readWithin(in, maxBytes, deadline, url);
      return new Response(
          url,
          answer.statusCode(),
          answer.headers().map(),
          body,
          Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }
  }

  /** Reads the body; a body still arriving at the deadline is cut off by closing its stream. */
  private byte[] readWithin(InputStream in, int maxBytes, long deadline, URI url)
      throws IOException {
    AtomicBoolean late = new AtomicBoolean();
    long left = Math.max(1, deadline - System.nanoTime());
    ScheduledFuture<?> alarm =
        alarms.schedule(
            () -> {
              late.set(true);
              try {
                in.close();
              } catch (IOException e) {
                // the read in progress fails either way
              }
            },
            left,
            TimeUnit.NANOSECONDS);
    try {
      byte[] body = in.readNBytes(maxBytes + 1);
      if (late.get()) {
        throw new HttpTimeoutException("the body did not arrive in time");
      }
      if (body.length > maxBytes) {
        throw new CrawlException(
            url.toString(), "oversized: the body exceeds " + maxBytes + " bytes", false);
      }
      return body;
    } catch (IOException e) {
      if (late.get()) {
        throw new HttpTimeoutException("the body did not arrive in time");
      }
      throw e;
    } finally {
      alarm.cancel(false);
    }
  }

  private static void sleep(URI url, Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CrawlException(url.toString(), "interrupted", true, e);
    }
  }

  static String seconds(Duration duration) {
    return duration.toMillis() % 1000 == 0
        ? duration.toSeconds() + " s"
        : String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }

  @Override
  public void close() {
    alarms.shutdownNow();
  }
}
