package org.khaldun.ingest.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's JSON-LD ({@code <script type="application/ld+json">}) says about its article: the
 * body, headline and publication date of the first article-like object ({@code NewsArticle}, {@code
 * Article}, {@code BlogPosting}, ...), looked for in arrays and {@code @graph}s too. A script that
 * is not valid JSON is ignored: pages get it wrong often, and the markup remains.
 *
 * @param articleBody the {@code articleBody}, or null
 * @param headline the {@code headline} (or {@code name}), or null
 * @param datePublished the {@code datePublished} as written, or null
 */
record JsonLd(String articleBody, String headline, String datePublished) {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  static final JsonLd NONE = new JsonLd(null, null, null);

  static JsonLd of(Document page) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        JsonNode root = MAPPER.readTree(script.data());
        if (root != null) {
          flatten(root, objects, 0);
        }
      } catch (JsonProcessingException e) {
        // Not JSON (a stray comma, an HTML entity): the page's markup is read instead.
      }
    }
    JsonNode best = null;
    for (JsonNode node : objects) {
      // The first article-like object, unless a later one has the body the first lacks.
      if (articleLike(node) && (best == null || text(best, "articleBody").isEmpty())) {
        best = node;
      }
    }
    if (best == null) {
      for (JsonNode node : objects) {
        if (node.hasNonNull("datePublished")) {
          best = node;
          break;
        }
      }
    }
    if (best == null) {
      return NONE;
    }
    JsonNode found = best;
    return new JsonLd(
        text(found, "articleBody").orElse(null),
        text(found, "headline").or(() -> text(found, "name")).orElse(null),
        text(found, "datePublished").orElse(null));
  }

  private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
    if (depth > 4) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        flatten(item, out, depth + 1);
      }
    } else if (node.isObject()) {
      out.add(node);
      JsonNode graph = node.get("@graph");
      if (graph != null) {
        flatten(graph, out, depth + 1);
      }
      JsonNode main = node.get("mainEntity");
      if (main != null && main.isObject()) {
        flatten(main, out, depth + 1);
      }
    }
  }

  private static boolean articleLike(JsonNode node) {
    JsonNode type = node.get("@type");
    if (type == null) {
      return node.hasNonNull("articleBody");
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (articleType(t.asText())) {
          return true;
        }
      }
      return false;
    }
    return articleType(type.asText());
  }

  private static boolean articleType(String type) {
    String t = type.toLowerCase(Locale.ROOT);
    return t.endsWith("article")
        || t.equals("blogposting")
        || t.equals("reportage")
        || t.equals("liveblogposting")
        || t.equals("posting");
  }

  private static java.util.Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return java.util.Optional.empty();
    }
    if (value.isArray() && value.size() > 0) {
      value = value.get(0);
    }
    String s = value.isTextual() ? value.asText().strip() : null;
    return s == null || s.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(s);
  }
}
