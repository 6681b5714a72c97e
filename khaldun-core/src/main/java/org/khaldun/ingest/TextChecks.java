package org.khaldun.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.khaldun.util.Sha256;

/** Decoding and sanity checks shared by the input formats. */
final class TextChecks {
  private TextChecks() {}

  /** Strict UTF-8 decoding; returns null when the bytes are not valid UTF-8. */
  static String decodeUtf8(byte[] bytes, int offset, int length) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, length))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Byte offset of the first invalid UTF-8 sequence, for error messages. */
  static int firstInvalidUtf8(byte[] bytes) {
    int lo = 0;
    int hi = bytes.length;
    // Binary search on prefixes: a prefix decodes unless it contains the bad sequence (or cuts a
    // valid one in half, which the narrowing tolerates by checking a few bytes ahead).
    while (hi - lo > 4) {
      int mid = (lo + hi) >>> 1;
      if (decodeUtf8(bytes, 0, mid) != null
          || decodeUtf8(bytes, 0, Math.min(bytes.length, mid + 3)) != null) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** True for text that looks binary: a NUL, or more than 5% control characters. */
  static boolean looksBinary(String text) {
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        controls++;
      }
    }
    return controls > text.length() / 20;
  }

  /** The first 16 hex digits of the SHA-256 of the text: the id of an article that has none. */
  static String contentId(String text) {
    return Sha256.hex(8, text);
  }

  /**
   * The text with every unpaired UTF-16 surrogate (which JSON's {@code \\ud800} escapes can
   * produce) replaced by U+FFFD: no UTF-8 writer could encode it, and one length-preserving
   * replacement keeps every character offset.
   */
  static String withoutLoneSurrogates(String text) {
    StringBuilder fixed = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lone =
          Character.isHighSurrogate(c)
              ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
              : Character.isLowSurrogate(c)
                  && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
      if (lone) {
        if (fixed == null) {
          fixed = new StringBuilder(text);
        }
        fixed.setCharAt(i, '\uFFFD');
      } else if (Character.isHighSurrogate(c)) {
        i++; // the pair's low half is fine
      }
    }
    return fixed == null ? text : fixed.toString();
  }
}
