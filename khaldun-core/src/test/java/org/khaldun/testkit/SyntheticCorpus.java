package org.khaldun.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.khaldun.cache.AnnotationCache;
import org.khaldun.model.AnalysisText;
import org.khaldun.model.AnnotatedArticle;
import org.khaldun.nlp.NlpSettings;

/**
 * Many distinct articles with hand-checked analyses and no models: each is a fixture article plus a
 * numbered closing sentence, written as JSON lines with their analyses put in an annotation cache,
 * so {@code khaldun ingest --recode} can store them quickly (for crash and concurrency tests).
 */
public final class SyntheticCorpus {
  private SyntheticCorpus() {}

  public static void write(Path articles, Path cacheDirectory, int count) throws IOException {
    List<AnnotatedArticle> fixtures;
    try (InputStream in =
        SyntheticCorpus.class
            .getClassLoader()
            .getResourceAsStream("org/khaldun/fixtures/coding.parse")) {
      fixtures =
          AnalysisText.read("coding.parse", new String(in.readAllBytes(), StandardCharsets.UTF_8))
              .stream()
              .filter(a -> a.article().published() != null)
              .toList();
    }
    AnnotationCache cache = new AnnotationCache(cacheDirectory, NlpSettings.DEFAULT.key());
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter out = Files.newBufferedWriter(articles, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        AnnotatedArticle base = fixtures.get(i % fixtures.size());
        StringWriter analysis = new StringWriter();
        AnalysisText.write(base, new PrintWriter(analysis, true));
        String variant =
            analysis.toString().replaceFirst("# article = .*", "# article = synthetic-" + i)
                + "# text = Filed "
                + i
                + ".\n1\tFiled\tfile\tVBN\tO\t0\troot\n2\t"
                + i
                + "\t"
                + i
                + "\tCD\tO\t1\tobj\n3\t.\t.\t.\tO\t1\tpunct\n";
        AnnotatedArticle annotated = AnalysisText.read("synthetic", variant).get(0);
        cache.put(annotated);
        ObjectNode line = json.createObjectNode();
        line.put("id", annotated.article().id());
        line.put("date", annotated.article().published().toString());
        line.put("text", annotated.text());
        out.write(json.writeValueAsString(line));
        out.write('\n');
      }
    }
  }
}
