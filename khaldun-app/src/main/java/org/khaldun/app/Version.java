package org.khaldun.app;

import picocli.CommandLine;

/** Reports the version from the jar manifest (or "development" when run from classes). */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {
      "khaldun " + (version == null ? "development" : version),
      "Stanford CoreNLP " + org.khaldun.nlp.NlpSettings.CORENLP_VERSION + ", GPL-3.0-or-later"
    };
  }
}
