package org.khaldun.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.khaldun.InputException;
import org.khaldun.ingest.html.HtmlArticles;
import org.khaldun.ingest.html.WarcArticles;
import org.khaldun.model.Article;
import org.khaldun.model.Notice;
import org.khaldun.model.Rejected;

/**
 * Reads articles from text files, JSON-lines files, web pages ({@code .html}, {@code .htm}, {@code
 * .html.gz}: their main text, see {@link HtmlArticles}), WARC archives ({@code .warc}, {@code
 * .warc.gz}), directories (recursively) and standard input ({@code -}). Every bad record becomes a
 * {@link Rejected} naming the file, line and reason, and reading goes on. Articles are delivered in
 * a stable order: inputs as given, directory entries sorted by path. Article ids are unique within
 * a run (see {@link UniqueIds}).
 */
public final class Ingest {
  private final Limits limits;
  private final InputStream stdin;
  private final boolean englishOnly;

  /** Reads English articles only: the coder reads English, so other languages are rejected. */
  public Ingest(Limits limits, InputStream stdin) {
    this(limits, stdin, true);
  }

  /**
   * @param englishOnly false to keep web pages and JSON lines in other languages (their {@code
   *     lang} recorded), for extraction; coding always reads English only
   */
  public Ingest(Limits limits, InputStream stdin, boolean englishOnly) {
    this.limits = limits;
    this.stdin = stdin;
    this.englishOnly = englishOnly;
  }

  /** Reads every input into {@code sink}. */
  public void read(List<String> inputs, ArticleSink sink) {
    UniqueIds unique = new UniqueIds(sink);
    for (String input : inputs) {
      if (input.equals("-")) {
        readStdin(unique);
      } else {
        readPath(Path.of(input), true, unique);
      }
    }
  }

  private void readPath(Path path, boolean named, UniqueIds sink) {
    String name = path.toString();
    if (!Files.exists(path)) {
      sink.reject(name, 0, "no such file or directory");
      return;
    }
    if (Files.isDirectory(path)) {
      DirectoryWalk.Listing listing = DirectoryWalk.list(path);
      for (DirectoryWalk.Problem problem : listing.problems()) {
        sink.reject(problem.path().toString(), 0, problem.reason());
      }
      for (Path entry : listing.files()) {
        readPath(entry, false, sink);
      }
      return;
    }
    String lower = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      try (InputStream in = Files.newInputStream(path)) {
        readJsonLines(name, in, sink);
      } catch (IOException e) {
        sink.reject(name, 0, "cannot read: " + e.getMessage());
      }
    } else if (htmlId(path.getFileName().toString()) != null) {
      readHtmlFile(path, sink);
    } else if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
      readWarc(path, sink);
    } else if (named || lower.endsWith(".txt")) {
      readTextFile(path, sink);
    } else {
      sink.skip(
          name,
          "not read: only .txt, .jsonl, .ndjson, .html, .htm, .html.gz, .warc and .warc.gz files"
              + " are read from directories");
    }
  }

  /** The id of a web page file (its name without the extension), or null for other files. */
  static String htmlId(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (String extension : List.of(".html.gz", ".htm.gz", ".html", ".htm")) {
      if (lower.endsWith(extension) && lower.length() > extension.length()) {
        return fileName.substring(0, fileName.length() - extension.length());
      }
    }
    return null;
  }

  /**
   * The largest web page read: markup is mostly not text, so a page may be several times the
   * largest text record.
   */
  private int maxPageBytes() {
    return (int) Math.min(Integer.MAX_VALUE - 16, 8L * limits.maxRecordBytes());
  }

  private void readHtmlFile(Path path, UniqueIds sink) {
    String name = path.toString();
    int max = maxPageBytes();
    try (InputStream raw = Files.newInputStream(path);
        InputStream in =
            name.toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      byte[] bytes = in.readNBytes(max + 1);
      if (bytes.length > max) {
        sink.reject(name, 0, "oversized: the page exceeds " + max + " bytes");
        return;
      }
      Article article =
          HtmlArticles.read(
              name, 0, htmlId(path.getFileName().toString()), bytes, null, null, null, englishOnly);
      sink.accept(article, name, 0);
    } catch (InputException e) {
      sink.reject(e.source(), e.line(), reasonOf(e));
    } catch (IOException e) {
      sink.reject(name, 0, "unreadable: " + e.getMessage());
    }
  }

  private void readWarc(Path path, UniqueIds sink) {
    String name = path.toString();
    try {
      WarcArticles.read(
          path,
          maxPageBytes(),
          englishOnly,
          new WarcArticles.Pages() {
            @Override
            public void article(Article article, int record) {
              sink.accept(article, name, record);
            }

            @Override
            public void reject(int record, String reason) {
              sink.reject(name, record, reason);
            }
          });
    } catch (InputException e) {
      sink.reject(e.source(), e.line(), reasonOf(e));
    }
  }

  private void readTextFile(Path path, UniqueIds sink) {
    String name = path.toString();
    try {
      long size = Files.size(path);
      if (size > limits.maxRecordBytes()) {
        sink.reject(
            name, 0, "oversized: " + size + " bytes, the limit is " + limits.maxRecordBytes());
        return;
      }
      byte[] bytes = Files.readAllBytes(path);
      String id = stripExtension(path.getFileName().toString());
      sink.accept(parseText(name, id, bytes), name, 0);
    } catch (InputException e) {
      sink.reject(e.source(), e.line(), reasonOf(e));
    } catch (IOException e) {
      sink.reject(name, 0, "cannot read: " + e.getMessage());
    }
  }

  private static Article parseText(String name, String id, byte[] bytes) {
    String text = TextChecks.decodeUtf8(bytes, 0, bytes.length);
    if (text == null) {
      throw new InputException(
          name,
          0,
          "not UTF-8 (invalid byte sequence near byte " + TextChecks.firstInvalidUtf8(bytes) + ")");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (TextChecks.looksBinary(text)) {
      throw new InputException(name, 0, "binary file (NUL or control characters)");
    }
    return TextArticleParser.parse(name, id, text);
  }

  private void readStdin(UniqueIds sink) {
    try {
      BufferedInputStream in = new BufferedInputStream(stdin);
      in.mark(64 * 1024);
      int first = in.read();
      if (first == 0xEF && in.read() == 0xBB && in.read() == 0xBF) {
        first = in.read(); // a byte-order mark is not content
      }
      while (first == ' ' || first == '\n' || first == '\r' || first == '\t') {
        first = in.read();
      }
      in.reset();
      if (first == '{') {
        readJsonLines("-", in, sink);
        return;
      }
      byte[] bytes = readBounded(in, limits.maxRecordBytes());
      if (bytes == null) {
        sink.reject(
            "-", 0, "oversized: standard input exceeds " + limits.maxRecordBytes() + " bytes");
        return;
      }
      Article parsed = parseText("-", "stdin", bytes);
      sink.accept(parsed.withId(TextChecks.contentId(parsed.text())), "-", 0);
    } catch (InputException e) {
      sink.reject(e.source(), e.line(), reasonOf(e));
    } catch (IOException e) {
      sink.reject("-", 0, "cannot read standard input: " + e.getMessage());
    }
  }

  private static byte[] readBounded(InputStream in, int max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    while ((n = in.read(buffer)) > 0) {
      out.write(buffer, 0, n);
      if (out.size() > max) {
        return null;
      }
    }
    return out.toByteArray();
  }

  /** Reads JSON lines one at a time; a line longer than the limit is skipped, not buffered. */
  void readJsonLines(String name, InputStream raw, UniqueIds sink) throws IOException {
    InputStream in =
        raw instanceof BufferedInputStream ? raw : new BufferedInputStream(raw, 1 << 16);
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int number = 0;
    int records = 0;
    boolean oversized = false;
    int b;
    while (true) {
      b = in.read();
      if (b == '\n' || b == -1) {
        if (b == -1 && line.size() == 0 && !oversized) {
          break;
        }
        number++;
        if (oversized) {
          records++;
          sink.reject(
              name, number, "oversized: the line exceeds " + limits.maxRecordBytes() + " bytes");
        } else if (handleJsonLine(name, number, line.toByteArray(), englishOnly, sink)) {
          records++;
        }
        line.reset();
        oversized = false;
        if (b == -1) {
          break;
        }
      } else if (!oversized) {
        line.write(b);
        if (line.size() > limits.maxRecordBytes()) {
          oversized = true;
          line.reset();
        }
      }
    }
    if (records == 0) {
      sink.reject(name, 0, "empty: no JSON lines to read");
    }
  }

  /** Returns false for a blank line, which is no record. */
  private static boolean handleJsonLine(
      String name, int number, byte[] bytes, boolean englishOnly, UniqueIds sink) {
    String text = TextChecks.decodeUtf8(bytes, 0, bytes.length);
    if (text == null) {
      sink.reject(
          name,
          number,
          "not UTF-8 (invalid byte sequence near byte "
              + TextChecks.firstInvalidUtf8(bytes)
              + " of the line)");
      return true;
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return false;
    }
    try {
      Article article = JsonArticleParser.parse(name, number, text);
      if (englishOnly && article.lang() != null && !article.lang().equalsIgnoreCase("en")) {
        sink.reject(name, number, "not English: the record's lang is '" + article.lang() + "'");
      } else {
        sink.accept(article, name, number);
      }
    } catch (InputException e) {
      sink.reject(name, number, reasonOf(e));
    }
    return true;
  }

  private static String reasonOf(InputException e) {
    String message = e.getMessage();
    String prefix = e.line() > 0 ? e.source() + ":" + e.line() + ": " : e.source() + ": ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }

  private static String stripExtension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  /** Reads all inputs into lists; convenient for small batches and tests. */
  public Batch readAll(List<String> inputs) {
    List<Article> articles = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    List<Notice> notices = new ArrayList<>();
    read(
        inputs,
        new ArticleSink() {
          @Override
          public void accept(Article article, String source, int line) {
            articles.add(article);
          }

          @Override
          public void reject(Rejected r) {
            rejected.add(r);
          }

          @Override
          public void note(Notice notice) {
            notices.add(notice);
          }
        });
    return new Batch(articles, rejected, notices);
  }

  /** What one read produced. */
  public record Batch(List<Article> articles, List<Rejected> rejected, List<Notice> notices) {
    public Batch {
      articles = List.copyOf(articles);
      rejected = List.copyOf(rejected);
      notices = List.copyOf(notices);
    }
  }
}
