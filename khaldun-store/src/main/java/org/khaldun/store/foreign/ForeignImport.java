package org.khaldun.store.foreign;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.khaldun.InputException;
import org.khaldun.model.Rejected;
import org.khaldun.store.CodedArticle;
import org.khaldun.store.Store;
import org.khaldun.store.StoreWriter;

/**
 * Imports files of foreign event data ({@link EventFormat}) into the store through the path {@code
 * ingest} takes ({@link StoreWriter#writeCoded}): a record whose text is already stored is skipped,
 * so importing a file twice changes nothing, and its mentions are merged into events by the store's
 * rule with everything else stored. A bad line is a reject naming the file, the line and why, and
 * the file goes on. Files may be gzipped ({@code .gz}). Not thread-safe: one import at a time.
 */
public final class ForeignImport {
  private static final int BATCH = 500;

  private final EventFormat format;

  public ForeignImport(EventFormat format) {
    this.format = format;
  }

  /** The formats {@code import --format} knows, by name. */
  public static EventFormat format(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "icews" -> new IcewsFormat();
      case "gdelt" -> new GdeltFormat();
      default -> null;
    };
  }

  /** What one file's import did; {@code rejects} in line order. */
  public record Result(int stored, int skipped, int mentions, List<Rejected> rejects) {
    public Result {
      rejects = List.copyOf(rejects);
    }
  }

  /** Imports {@code file} into {@code store}, in batches of one transaction each. */
  public Result importInto(Store store, Path file) {
    String name = file.toString();
    List<Rejected> rejects = new ArrayList<>();
    List<CodedArticle> records = new ArrayList<>();
    StoreWriter writer = new StoreWriter(store, UUID.randomUUID().toString());
    writer.begin("import", name, format.name());
    int stored = 0;
    int skipped = 0;
    int mentions = 0;
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      Lines lines = new Lines(in);
      String header = format.hasHeader() ? lines.next() : null;
      EventFormat.Rows rows = null;
      if (!format.hasHeader()) {
        rows = format.rows(name, null);
      } else if (header == null) {
        rejects.add(reject(name, 0, "empty: no header line"));
      } else {
        try {
          rows = format.rows(name, header);
        } catch (InputException e) {
          rejects.add(reject(name, 1, reason(e)));
        }
      }
      String text;
      while (rows != null && (text = lines.next()) != null) {
        int line = lines.number();
        if (text == Lines.NOT_UTF8) {
          rejects.add(reject(name, line, "not UTF-8"));
          continue;
        }
        if (text.isBlank()) {
          continue;
        }
        try {
          records.add(rows.read(line, text));
        } catch (InputException | IllegalArgumentException e) {
          rejects.add(
              reject(name, line, e instanceof InputException ie ? reason(ie) : e.getMessage()));
        }
        if (records.size() == BATCH) {
          StoreWriter.BatchResult r = writer.writeCoded(records, List.of());
          stored += r.stored();
          skipped += r.skipped();
          mentions += r.mentions();
          records.clear();
        }
      }
    } catch (IOException e) {
      rejects.add(reject(name, 0, "cannot read: " + e.getMessage()));
    }
    StoreWriter.BatchResult r = writer.writeCoded(records, rejects);
    stored += r.stored();
    skipped += r.skipped();
    mentions += r.mentions();
    writer.finish("done", stored, skipped, rejects.size(), mentions);
    return new Result(stored, skipped, mentions, rejects);
  }

  private static Rejected reject(String file, int line, String reason) {
    return new Rejected(file, line, null, "import", reason);
  }

  /** The reason without the {@code file:line: } the message starts with. */
  private static String reason(InputException e) {
    String prefix = e.line() > 0 ? e.source() + ":" + e.line() + ": " : e.source() + ": ";
    String message = e.getMessage();
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }

  /** Lines of UTF-8 text, each decoded on its own so one bad byte costs one line. */
  private static final class Lines {
    /** Stands for a line that is not UTF-8 (compared by identity). */
    static final String NOT_UTF8 = new String("\u0000not utf-8");

    private final InputStream in;
    private int number;

    Lines(InputStream in) {
      this.in = in.markSupported() ? in : new java.io.BufferedInputStream(in, 1 << 16);
    }

    int number() {
      return number;
    }

    String next() throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int b = in.read();
      if (b == -1) {
        return null;
      }
      while (b != -1 && b != '\n') {
        line.write(b);
        b = in.read();
      }
      number++;
      byte[] bytes = line.toByteArray();
      int length =
          bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
      try {
        return StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes, 0, length))
            .toString();
      } catch (CharacterCodingException e) {
        return NOT_UTF8;
      }
    }
  }
}
