package org.khaldun.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the workplace's shared directory beside the repository (evaluation sets, reference tables,
 * the seed corpus). Tests that need it skip, with a message, where it is absent.
 */
public final class Shared {
  private Shared() {}

  /** The shared directory; skips the calling test when there is none. */
  public static Path require() {
    for (Path candidate : new Path[] {Path.of("..", "shared"), Path.of("..", "..", "shared")}) {
      if (Files.isDirectory(candidate.resolve("eval"))) {
        return candidate.toAbsolutePath().normalize();
      }
    }
    assumeTrue(false, "../shared is absent: evaluation against the shared sets skipped");
    throw new IllegalStateException("unreachable");
  }

  /** The repository root (the parent of the module directory the tests run in). */
  public static Path repository() {
    Path here = Path.of("").toAbsolutePath();
    return Files.exists(here.resolve("mvnw")) ? here : here.getParent();
  }
}
