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
    read(inputs, new UniqueIds(sink));
  }

  /**
   * Reads every input into {@code ids}, which may already hold the articles of other inputs of the
   * same run (read elsewhere): ids stay unique across all of them.
   */
  public void read(List<String> inputs, UniqueIds ids) {
    for (String input : inputs) {
      if (input.equals("-")) {
        readStdin(ids);
      } else {
        readPath(Path.of(input), true, ids);
      }
    }
  }

  /**
   * Reads one file that another file system holds (a Hadoop path) by exactly the rules of a file
   * that {@link #read} reads: its type from {@code fileName}, its records, ids and reasons for
   * rejecting. Ids are not made unique across files here: the caller gives every record of the run
   * to one {@link UniqueIds} in input order. {@code in} is closed when done.
   *
   * @param named true for a file given by name (read as text unless its name says otherwise), false
   *     for a directory entry, which is read only if {@link #readsFromDirectory} says so
   * @param size the file's length in bytes
   */
  public void readFile(
      String name, String fileName, boolean named, long size, InputStream in, ArticleSink sink) {
    readEntry(name, fileName, named, new Source(null, size, in), UniqueIds.keepingIds(sink));
  }

  /** Whether a directory entry of this name is read (the others are noted as left aside). */
  public static boolean readsFromDirectory(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".jsonl")
        || lower.endsWith(".ndjson")
        || htmlId(fileName) != null
        || lower.endsWith(".warc")
        || lower.endsWith(".warc.gz")
        || lower.endsWith(".txt");
  }

  /** Why a directory entry of another type is not read. */
  public static final String NOT_READ_FROM_DIRECTORIES =
      "not read: only .txt, .jsonl, .ndjson, .html, .htm, .html.gz, .warc and .warc.gz files"
          + " are read from directories";

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
    readEntry(name, path.getFileName().toString(), named, new Source(path, -1, null), sink);
  }

  /**
   * A file to read: a local path, opened here, or a stream of a known size from elsewhere (then
   * {@code path} is null).
   */
  private record Source(Path path, long knownSize, InputStream stream) {
    InputStream open() throws IOException {
      return path == null ? stream : Files.newInputStream(path);
    }

    long size() throws IOException {
      return path == null ? knownSize : Files.size(path);
    }
  }

  private void readEntry(
      String name, String fileName, boolean named, Source source, UniqueIds sink) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      try (InputStream in = source.open()) {
        JsonLines.read(name, in, limits, englishOnly, sink);
      } catch (IOException e) {
        sink.reject(name, 0, "cannot read: " + e.getMessage());
      }
    } else if (htmlId(fileName) != null) {
      readHtmlFile(name, fileName, source, sink);
    } else if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
      readWarc(name, source, sink);
    } else if (named || lower.endsWith(".txt")) {
      readTextFile(name, fileName, source, sink);
    } else {
      sink.skip(name, NOT_READ_FROM_DIRECTORIES);
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

  private void readHtmlFile(String name, String fileName, Source source, UniqueIds sink) {
    int max = maxPageBytes();
    try (InputStream raw = source.open();
        InputStream in =
            name.toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      byte[] bytes = in.readNBytes(max + 1);
      if (bytes.length > max) {
        sink.reject(name, 0, "oversized: the page exceeds " + max + " bytes");
        return;
      }
      Article article =
          HtmlArticles.read(name, 0, htmlId(fileName), bytes, null, null, null, englishOnly);
      sink.accept(article, name, 0);
    } catch (InputException e) {
      sink.reject(e.source(), e.line(), reasonOf(e));
    } catch (IOException e) {
      sink.reject(name, 0, "unreadable: " + e.getMessage());
    }
  }

  private void readWarc(String name, Source source, UniqueIds sink) {
    WarcArticles.Pages pages =
        new WarcArticles.Pages() {
          @Override
          public void article(Article article, int record) {
            sink.accept(article, name, record);
          }

          @Override
          public void reject(int record, String reason) {
            sink.reject(name, record, reason);
          }
        };
    try {
      if (source.path() != null) {
        WarcArticles.read(source.path(), maxPageBytes(), englishOnly, pages);
      } else {
        WarcArticles.read(name, source.stream(), maxPageBytes(), englishOnly, pages);
      }
    } catch (InputException e) {
      sink.reject(e.source(), e.line(), reasonOf(e));
    }
  }

  private void readTextFile(String name, String fileName, Source source, UniqueIds sink) {
    try {
      long size = source.size();
      if (size > limits.maxRecordBytes()) {
        sink.reject(
            name, 0, "oversized: " + size + " bytes, the limit is " + limits.maxRecordBytes());
        return;
      }
      byte[] bytes;
      try (InputStream in = source.open()) {
        bytes = in.readNBytes(limits.maxRecordBytes() + 1);
      }
      String id = stripExtension(fileName);
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
        JsonLines.read("-", in, limits, englishOnly, sink);
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

  /** The exception's message without the {@code source:line: } it starts with. */
  static String reasonOf(InputException e) {
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
