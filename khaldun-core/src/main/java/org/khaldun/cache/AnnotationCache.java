package org.khaldun.cache;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.khaldun.KhaldunException;
import org.khaldun.model.AnnotatedArticle;
import org.khaldun.model.Article;
import org.khaldun.util.Sha256;

/**
 * On-disk cache of annotated articles, keyed by the article's text, its publication date (which
 * SUTime resolves against) and the NLP configuration. Re-coding after a dictionary change reads
 * from here instead of re-parsing. Entries are written to a temporary file and renamed, so a killed
 * process never leaves a half-written entry. Thread-safe.
 */
public final class AnnotationCache {
  private final Path root;
  private final String nlpKey;

  public AnnotationCache(Path root, String nlpKey) {
    this.root = root;
    this.nlpKey = nlpKey;
  }

  public Path root() {
    return root;
  }

  /** The cached analysis, or empty when absent, stale or unreadable. */
  public Optional<AnnotatedArticle> get(Article article) {
    Path file = path(article);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new KhaldunException("cannot read cache entry " + file + ": " + e.getMessage(), e);
    }
    try (DataInputStream in = new DataInputStream(new UnsynchronizedInput(bytes))) {
      return Optional.ofNullable(AnnotationCodec.read(article, in, bytes.length));
    } catch (IOException | RuntimeException e) {
      // A truncated or corrupt entry is a cache miss: the article is parsed again and rewritten.
      return Optional.empty();
    }
  }

  public void put(AnnotatedArticle annotated) {
    Path file = path(annotated.article());
    try {
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), ".entry", ".tmp");
      try (OutputStream raw = Files.newOutputStream(temp);
          DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
        AnnotationCodec.write(annotated, out);
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new KhaldunException("cannot write cache entry " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * {@link java.io.ByteArrayInputStream} without its per-byte locking, which dominated decoding.
   */
  private static final class UnsynchronizedInput extends InputStream {
    private final byte[] bytes;
    private int position;

    UnsynchronizedInput(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read() {
      return position < bytes.length ? bytes[position++] & 0xff : -1;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
      if (position >= bytes.length) {
        return -1;
      }
      int n = Math.min(length, bytes.length - position);
      System.arraycopy(bytes, position, into, offset, n);
      position += n;
      return n;
    }
  }

  Path path(Article article) {
    String key = key(article);
    return root.resolve(nlpKey).resolve(key.substring(0, 2)).resolve(key + ".bin");
  }

  private String key(Article article) {
    return Sha256.hex(16, nlpKey, String.valueOf(article.anchorDate()), article.text());
  }
}
