package org.khaldun.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class Sha256Test {
  @Test
  void matchesTheStandardTestVector() {
    // FIPS 180-2, appendix B.1: SHA-256("abc").
    assertThat(Sha256.hex(32, "abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(Sha256.hex(4, "abc")).isEqualTo("ba7816bf");
  }

  @Test
  void partsAreSeparatedByAZeroByteSoTheirBoundariesCount() {
    assertThat(Sha256.hex(16, "a", "b")).isEqualTo(Sha256.hex(16, "a\u0000b"));
    assertThat(Sha256.hex(16, "ab", "")).isNotEqualTo(Sha256.hex(16, "a", "b"));
  }

  @Test
  void aLengthOutsideTheDigestIsRefused() {
    assertThatThrownBy(() -> Sha256.hex(0, "abc")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Sha256.hex(33, "abc")).isInstanceOf(IllegalArgumentException.class);
  }
}
