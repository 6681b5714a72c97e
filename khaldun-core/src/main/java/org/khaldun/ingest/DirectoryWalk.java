package org.khaldun.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Lists the files under a directory, following symbolic links, sorted by path, hidden entries left
 * out. A link that leads nowhere or back into its own ancestors, and an entry that cannot be read,
 * is a problem to report, never a silent gap in the input.
 */
final class DirectoryWalk {
  private DirectoryWalk() {}

  record Problem(Path path, String reason) {}

  record Listing(List<Path> files, List<Problem> problems) {}

  static Listing list(Path root) {
    List<Path> files = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(root) && hidden(dir)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (hidden(file)) {
                return FileVisitResult.CONTINUE;
              }
              if (attrs.isSymbolicLink()) {
                // Following links, the walker only sees the link itself when its target is gone.
                problems.add(new Problem(file, "broken symbolic link (its target does not exist)"));
              } else if (attrs.isRegularFile()) {
                files.add(file);
              } else {
                problems.add(new Problem(file, "not a regular file"));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (!hidden(file)) {
                problems.add(new Problem(file, reason(e)));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problems.add(new Problem(root, "cannot list directory: " + reason(e)));
    }
    files.sort(null);
    problems.sort((a, b) -> a.path().compareTo(b.path()));
    return new Listing(files, problems);
  }

  private static boolean hidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static String reason(IOException e) {
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loop (it leads back into a directory that contains it)";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file (removed while reading?)";
    }
    return "cannot read: " + e.getMessage();
  }
}
