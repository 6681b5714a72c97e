package org.khaldun.jmh;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.khaldun.ingest.html.HtmlArticles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Web-page extraction (main text, title, date, language) on one thread, over every page of a
 * directory of {@code .html} / {@code .html.gz} files read into memory first: by default the
 * article-extraction dev pages of {@code ../shared}. The score is milliseconds per page; pages/s is
 * 1000 over it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ExtractionBenchmark {
  @Param("../shared/eval/article-extraction-dev/html")
  public String pages;

  private List<byte[]> html;
  private int next;

  @Setup
  public void load() throws IOException {
    html = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(pages))) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".html.gz")) {
          try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            html.add(in.readAllBytes());
          }
        } else if (name.endsWith(".html") || name.endsWith(".htm")) {
          html.add(Files.readAllBytes(file));
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    if (html.isEmpty()) {
      throw new IllegalStateException("no .html or .html.gz pages in " + pages);
    }
  }

  /** One page per operation, round-robin, so the score is the time of an average page. */
  @Benchmark
  public void extractOnePage(Blackhole hole) {
    byte[] page = html.get(next);
    next = (next + 1) % html.size();
    try {
      hole.consume(HtmlArticles.read("bench", 0, "page", page, null, null, null, false));
    } catch (RuntimeException rejected) {
      hole.consume(rejected); // a page that is not an article costs its time all the same
    }
  }
}
