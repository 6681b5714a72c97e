package org.khaldun.testkit;

import org.khaldun.nlp.CoreNlpAnnotator;
import org.khaldun.nlp.NlpSettings;

/** The CoreNLP models, loaded once per test JVM (10-20 s) and shared by every integration test. */
public final class Models {
  private static volatile CoreNlpAnnotator annotator;

  private Models() {}

  public static CoreNlpAnnotator annotator() {
    CoreNlpAnnotator local = annotator;
    if (local == null) {
      synchronized (Models.class) {
        if (annotator == null) {
          annotator = new CoreNlpAnnotator(NlpSettings.DEFAULT);
        }
        local = annotator;
      }
    }
    return local;
  }
}
