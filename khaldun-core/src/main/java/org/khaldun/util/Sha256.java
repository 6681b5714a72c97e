package org.khaldun.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in hex, for ids and cache keys. Thread-safe. */
public final class Sha256 {
  // Looking a digest up costs more than using one; each thread keeps its own.
  private static final ThreadLocal<MessageDigest> DIGEST =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException("SHA-256 is required by the Java platform", e);
            }
          });

  private Sha256() {}

  /**
   * The first {@code bytes} bytes (1 to 32) of the SHA-256 of {@code parts} in UTF-8, each part
   * after the first preceded by a zero byte, as hex digits.
   */
  public static String hex(int bytes, String... parts) {
    if (bytes < 1 || bytes > 32) {
      throw new IllegalArgumentException("a SHA-256 has 1 to 32 bytes, not " + bytes);
    }
    MessageDigest digest = DIGEST.get();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        digest.update((byte) 0);
      }
      digest.update(parts[i].getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest(), 0, bytes);
  }
}
