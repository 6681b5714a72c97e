package org.khaldun.app;

import org.khaldun.InputException;
import org.khaldun.KhaldunException;
import picocli.CommandLine;

/**
 * Turns failures into one clear line on stderr and an exit code: 2 for bad input or arguments (the
 * user can fix them), 1 otherwise. No stack traces for users.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    String command = commandLine.getCommandName();
    if (e instanceof IllegalArgumentException || e instanceof InputException) {
      commandLine.getErr().println("khaldun " + command + ": " + e.getMessage());
      return 2;
    }
    if (e instanceof KhaldunException) {
      commandLine.getErr().println("khaldun " + command + ": " + e.getMessage());
      return 1;
    }
    commandLine.getErr().println("khaldun " + command + ": unexpected " + e);
    return 1;
  }
}
