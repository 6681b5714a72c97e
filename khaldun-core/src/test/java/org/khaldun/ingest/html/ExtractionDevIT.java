package org.khaldun.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.khaldun.InputException;
import org.khaldun.testkit.Shared;

/**
 * The article-extraction dev set, scored as the benchmark scores it (4-token shingles per page,
 * precision and recall averaged over pages): the floor sits just under what the extractor reaches.
 */
class ExtractionDevIT {
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  @Test
  void devSetF1StaysAboveTheFloor() throws IOException {
    Path set = Shared.require().resolve("eval/article-extraction-dev");
    JsonNode gold = new ObjectMapper().readTree(set.resolve("ground-truth.json").toFile());
    double precision = 0;
    double recall = 0;
    int pp = 0;
    int rr = 0;
    for (Iterator<String> ids = gold.fieldNames(); ids.hasNext(); ) {
      String id = ids.next();
      String predicted;
      try (InputStream in =
          new GZIPInputStream(Files.newInputStream(set.resolve("html/" + id + ".html.gz")))) {
        predicted = HtmlArticles.read(id, 0, id, in.readAllBytes(), null, null, null, false).text();
      } catch (InputException e) {
        predicted = "";
      }
      double[] c = counts(gold.get(id).get("articleBody").asText(), predicted);
      if (c[0] + c[1] > 0) {
        precision += c[1] == 0 && c[2] == 0 ? 1 : c[0] / (c[0] + c[1]);
        pp++;
      }
      if (c[0] + c[2] > 0) {
        recall += c[1] == 0 && c[2] == 0 ? 1 : c[0] / (c[0] + c[2]);
        rr++;
      }
    }
    double p = precision / pp;
    double r = recall / rr;
    double f1 = 2 * p * r / (p + r);
    System.out.printf(
        java.util.Locale.ROOT, "article-extraction dev: P %.3f R %.3f F1 %.3f%n", p, r, f1);
    assertThat(f1).isGreaterThanOrEqualTo(0.965);
  }

  /** Shingle true positives, false positives and false negatives. */
  private static double[] counts(String gold, String predicted) {
    Map<List<String>, Integer> g = shingles(gold);
    Map<List<String>, Integer> p = shingles(predicted);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
      int inGold = g.getOrDefault(e.getKey(), 0);
      tp += Math.min(inGold, e.getValue());
      fp += Math.max(0, e.getValue() - inGold);
    }
    for (Map.Entry<List<String>, Integer> e : g.entrySet()) {
      fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
    }
    return new double[] {tp, fp, fn};
  }

  private static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = new java.util.ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    Map<List<String>, Integer> out = new HashMap<>();
    for (int i = 0; i < Math.max(1, tokens.size() - 3); i++) {
      List<String> gram = tokens.subList(i, Math.min(tokens.size(), i + 4));
      if (!gram.isEmpty()) {
        out.merge(List.copyOf(gram), 1, Integer::sum);
      }
    }
    return out;
  }
}
