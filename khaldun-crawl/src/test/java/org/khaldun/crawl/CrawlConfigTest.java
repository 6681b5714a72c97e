package org.khaldun.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CrawlConfigTest {
  private static final CrawlConfig DEFAULTS = CrawlConfig.defaults("Khaldun/1.0 (+mailto:a@b)");

  @Test
  void theRobotNameIsTheUserAgentsProductToken() {
    assertThat(DEFAULTS.robotName()).isEqualTo("Khaldun");
  }

  @Test
  void badSettingsAreRefusedNamingTheSetting() {
    assertThatThrownBy(() -> CrawlConfig.defaults("a crawler"))
        .hasMessageContaining("User-Agent must name the product and version");
    assertThatThrownBy(() -> DEFAULTS.withDelay(Duration.ofSeconds(-1)))
        .hasMessageStartingWith("delay must not be negative");
    assertThatThrownBy(() -> DEFAULTS.withTimeout(Duration.ZERO))
        .hasMessageStartingWith("timeout must be positive");
    assertThatThrownBy(() -> DEFAULTS.withRetries(11, Duration.ofSeconds(1)))
        .hasMessageStartingWith("retries must be between 0 and 10");
    assertThatThrownBy(() -> DEFAULTS.withRounds(Duration.ZERO, false))
        .hasMessageStartingWith("interval must be positive");
    assertThatThrownBy(() -> DEFAULTS.withMaxPageBytes(10))
        .hasMessageStartingWith("page and feed size limits must be at least 1024 bytes");
  }
}
