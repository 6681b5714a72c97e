package org.khaldun.testkit;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts another JVM with the test class path: for tests that must kill a real process. */
@SuppressForbidden(reason = "a child JVM needs this JVM's class path and java executable")
public final class ChildJvm {
  private ChildJvm() {}

  public static Process start(Path log, String mainClass, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  static String separator() {
    return File.pathSeparator;
  }
}
