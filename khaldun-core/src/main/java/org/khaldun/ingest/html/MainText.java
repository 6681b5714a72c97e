package org.khaldun.ingest.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.khaldun.ingest.html.Blocks.Block;

/**
 * Finds the main text of a page: the article's paragraphs without menus, share bars, related links,
 * captions, comments or banners, paragraph breaks kept. Readers pool their paragraphs in one
 * container, so every paragraph gives its length and commas to the elements above it, each weighted
 * by its tag, its class and id, and how much of its text is links; the best container wins, with
 * siblings that score nearly as well. Before scoring, markup that is never text (tags, hidden
 * elements) and class-named furniture is pruned; when pruning by class leaves almost nothing, the
 * page is scored again without it. Thread-safe (no state).
 */
final class MainText {
  /** A paragraph shorter than this is too short to vote for its container. */
  private static final int MIN_VOTING_CHARS = 25;

  /** A result shorter than this after class pruning means the pruning probably went wrong. */
  private static final int SHORT_RESULT_CHARS = 250;

  /** Lines a page repeats around articles; dropped when they are a whole short block. */
  private static final Pattern FURNITURE_LINE =
      Pattern.compile(
          "(?i)(advertisement|advertising|sponsored( content)?|continue reading.*|read more.*"
              + "|share( this( article| story)?)?( on \\w+)?|(also )?read( also)?:.*|related:.*"
              + "|click here.*|sign up.*|subscribe.*|follow us.*|copyright.*|©.*|all rights reserved.*"
              + "|photo:.*|image:.*|(photo|image) credit.*|getty images|reuters|ap photo.*|loading.*)");

  private MainText() {}

  /** The main text of {@code body}, paragraphs separated by blank lines; prunes {@code body}. */
  static String of(Element body) {
    pruneAlways(body);
    Element unpruned = body.clone();
    pruneByName(body, textLength(body));
    String text = best(body);
    if (text.length() < SHORT_RESULT_CHARS) {
      String again = best(unpruned);
      if (again.length() > text.length() * 2) {
        return again;
      }
    }
    return text;
  }

  /** Removes what is never text whatever its name: scripts, media, forms, navigation, hidden. */
  private static void pruneAlways(Element element) {
    for (Element child : new ArrayList<>(element.children())) {
      if (Boilerplate.DROPPED_TAGS.contains(child.normalName())
          || Boilerplate.hiddenOrFurniture(child)) {
        child.remove();
      } else {
        pruneAlways(child);
      }
    }
  }

  /** Removes class-named furniture; a "usually" block holding most of the text is spared. */
  private static void pruneByName(Element element, int total) {
    for (Element child : new ArrayList<>(element.children())) {
      List<String> names = Boilerplate.names(child);
      if (!names.isEmpty() && !child.hasAttr("itemprop")) {
        if (Boilerplate.always(names)) {
          child.remove();
          continue;
        }
        if (Boilerplate.usually(names) && !prose(child) && textLength(child) < total * 0.4) {
          child.remove();
          continue;
        }
      }
      pruneByName(child, total);
    }
  }

  /**
   * True for an element with several paragraphs of running text: share bars and link lists have
   * none, so a furniture-like name on it ("entry-content-read-more") is not believed.
   */
  private static boolean prose(Element element) {
    int paragraphs = 0;
    for (Element p : element.getElementsByTag("p")) {
      if (p.getElementsByTag("a").isEmpty() && p.text().length() >= 100 && ++paragraphs >= 3) {
        return true;
      }
    }
    return false;
  }

  private static int textLength(Element element) {
    int n = 0;
    for (Block block : Blocks.of(element)) {
      n += block.text().length();
    }
    return n;
  }

  private static String best(Element body) {
    List<Block> blocks = Blocks.of(body);
    Map<Element, int[]> sizes = new IdentityHashMap<>();
    for (Block block : blocks) {
      for (Element e = block.element(); e != null; e = e.parent()) {
        int[] size = sizes.computeIfAbsent(e, k -> new int[2]);
        size[0] += block.text().length();
        size[1] += block.linkChars();
      }
    }
    Map<Element, double[]> scores = new IdentityHashMap<>();
    for (Block block : blocks) {
      String text = block.text();
      if (text.length() < MIN_VOTING_CHARS || block.linkDensity() > 0.5) {
        continue;
      }
      double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3.0);
      Element e = paragraphLike(block.element()) ? block.element().parent() : block.element();
      for (int level = 0; e != null && level < 5; level++, e = e.parent()) {
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        Element candidate = e;
        scores.computeIfAbsent(candidate, k -> new double[] {initialScore(k)})[0] +=
            score / divider;
      }
    }
    Element top = null;
    double topScore = 0;
    for (Map.Entry<Element, double[]> entry : scores.entrySet()) {
      double adjusted = entry.getValue()[0] * (1 - linkDensity(sizes.get(entry.getKey())));
      entry.getValue()[0] = adjusted;
      if (top == null || adjusted > topScore) {
        top = entry.getKey();
        topScore = adjusted;
      }
    }
    if (top == null) {
      return render(blocks);
    }
    return render(selected(blocks, top, topScore, scores, sizes));
  }

  /**
   * The top container's blocks, with those of siblings that score nearly as well and of containers
   * marked up exactly like it elsewhere (an article cut into chunks between advertisements), in
   * document order.
   */
  private static List<Block> selected(
      List<Block> blocks,
      Element top,
      double topScore,
      Map<Element, double[]> scores,
      Map<Element, int[]> sizes) {
    Set<Element> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
    chosen.add(top);
    Element parent = top.parent();
    if (parent != null) {
      double threshold = Math.max(10, topScore * 0.2);
      for (Element sibling : parent.children()) {
        if (sibling != top && siblingBelongs(sibling, top, topScore, threshold, scores, sizes)) {
          chosen.add(sibling);
        }
      }
    }
    String className = top.className();
    if (!className.isBlank() && top.classNames().size() > 0) {
      for (Element twin : top.root().getElementsByClass(top.classNames().iterator().next())) {
        if (twin != top
            && twin.normalName().equals(top.normalName())
            && twin.className().equals(className)
            && scores.containsKey(twin)
            && linkDensity(sizes.get(twin)) < 0.33) {
          chosen.add(twin);
        }
      }
    }
    List<Block> out = new ArrayList<>();
    for (Block block : blocks) {
      for (Element e = block.element(); e != null; e = e.parent()) {
        if (chosen.contains(e)) {
          out.add(block);
          break;
        }
      }
    }
    return out;
  }

  private static boolean siblingBelongs(
      Element sibling,
      Element top,
      double topScore,
      double threshold,
      Map<Element, double[]> scores,
      Map<Element, int[]> sizes) {
    double[] score = scores.get(sibling);
    double bonus =
        !top.className().isEmpty() && top.className().equals(sibling.className())
            ? topScore * 0.2
            : 0;
    if (score != null && score[0] + bonus >= threshold) {
      return true;
    }
    int[] size = sizes.get(sibling);
    if (size != null && sibling.normalName().equals("p")) {
      double density = linkDensity(size);
      return size[0] > 80 && density < 0.25 || size[0] > 0 && density == 0 && endsSentence(sibling);
    }
    return false;
  }

  private static boolean endsSentence(Element p) {
    String text = p.text();
    return text.endsWith(".") || text.contains(". ");
  }

  private static String render(List<Block> blocks) {
    StringBuilder out = new StringBuilder();
    for (Block block : blocks) {
      if (!keep(block)) {
        continue;
      }
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(block.text());
    }
    return out.toString();
  }

  private static boolean keep(Block block) {
    String text = block.text();
    String tag = block.element().normalName();
    if (tag.equals("h1")) {
      return false; // the headline is the title, not the body
    }
    if (block.linkDensity() > 0.5) {
      return false;
    }
    return text.length() > 80 || !FURNITURE_LINE.matcher(text).matches();
  }

  private static boolean paragraphLike(Element element) {
    switch (element.normalName()) {
      case "p":
      case "pre":
      case "blockquote":
      case "li":
      case "td":
      case "dd":
      case "h2":
      case "h3":
      case "h4":
      case "h5":
      case "h6":
        return true;
      default:
        return false;
    }
  }

  private static double initialScore(Element element) {
    double score;
    switch (element.normalName()) {
      case "article":
        score = 10;
        break;
      case "div":
      case "main":
      case "section":
        score = 5;
        break;
      case "pre":
      case "td":
      case "blockquote":
        score = 3;
        break;
      case "address":
      case "ol":
      case "ul":
      case "dl":
      case "dd":
      case "dt":
      case "li":
      case "form":
        score = -3;
        break;
      case "h1":
      case "h2":
      case "h3":
      case "h4":
      case "h5":
      case "h6":
      case "th":
        score = -5;
        break;
      default:
        score = 0;
    }
    if ("articleBody".equals(element.attr("itemprop"))) {
      score += 50;
    }
    return score + Boilerplate.classWeight(element);
  }

  private static double linkDensity(int[] size) {
    return size == null || size[0] == 0 ? 0 : (double) size[1] / size[0];
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '،') {
        n++;
      }
    }
    return n;
  }
}
