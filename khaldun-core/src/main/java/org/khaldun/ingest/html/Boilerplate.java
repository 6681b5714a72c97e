package org.khaldun.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Evidence from markup that an element is not article text: its tag (navigation, forms, media), how
 * it is hidden, and the words of its class and id ("share-bar", "cookie-notice",
 * "related-stories"). The word lists are Khaldun's own, written from the common conventions of news
 * sites; they are evidence for a score and for pruning, never the only test.
 */
final class Boilerplate {
  /** Tags whose content is never article text. */
  static final Set<String> DROPPED_TAGS =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "math",
          "iframe",
          "object",
          "embed",
          "canvas",
          "video",
          "audio",
          "picture",
          "img",
          "figcaption",
          "button",
          "input",
          "select",
          "option",
          "textarea",
          "label",
          "nav",
          "aside",
          "footer",
          "header",
          "menu",
          "dialog",
          "link",
          "meta",
          "head",
          "map",
          "source",
          "track");

  private static final Set<String> DROPPED_ROLES =
      Set.of(
          "navigation",
          "banner",
          "complementary",
          "contentinfo",
          "menu",
          "menubar",
          "dialog",
          "alertdialog",
          "search",
          "toolbar",
          "tablist");

  /**
   * Words that mark a block nobody would call the article, however long it is. (A "paywall" block
   * is often the article's own second half, hidden by script, so it is only usually furniture.)
   */
  private static final Pattern ALWAYS =
      Pattern.compile(
          "comment(?!ary)|disqus|cookie|consent|gdpr|newsletter|subscri"
              + "|outbrain|taboola|(?:^|[-_])(?:ad|ads|advert\\w*|dfp|gpt)(?:[-_]|$)|sponsor");

  /** Words that usually mark page furniture; a block holding most of the page's text is spared. */
  private static final Pattern USUALLY =
      Pattern.compile(
          "share|sharing|social|paywall|regwall|follow-?us|related|recommend|more-?stories|read-?more|also-?read"
              + "|trending|popular|most-?read|promo|breadcrumb|(?:^|[-_])nav|menu|footer|sidebar"
              + "|widget|popup|modal|overlay|banner|(?:^|[-_])tags?(?:[-_]|$)|tag-?list|keyword"
              + "|author-?(?:bio|info|box|card)|about-?(?:the-?)?author|byline|caption|credit"
              + "|toolbar|masthead|(?:^|[-_])header(?:[-_]|$)|rating|pagination|pager|skip-?link"
              + "|(?:^|[-_])(?:hidden|sr-only|visually-hidden|screen-reader-text)(?:[-_]|$)"
              + "|login|signup|sign-?up|tooltip|donat|survey|(?:^|[-_])poll|(?:^|[-_])meta(?:[-_]|$)"
              + "|(?:^|[-_])print(?:[-_]|$)|newsroom-?links|playlist|(?:^|[-_])video|gallery"
              + "|slideshow|carousel|(?:^|[-_])(?:aside|callout|pullquote|infobox)(?:[-_]|$)");

  /** Words that mark the article body or its container. */
  private static final Pattern POSITIVE =
      Pattern.compile(
          "article|(?:^|[-_])body|content|entry|(?:^|[-_])main|(?:^|[-_])post|(?:^|[-_])text"
              + "|story|prose|rich-?text|markdown|blog");

  private Boilerplate() {}

  /** The lower-cased words of an element's class and id, each a candidate for the patterns. */
  static List<String> names(Element element) {
    List<String> names = new ArrayList<>(4);
    for (String name : element.classNames()) {
      names.add(name.toLowerCase(Locale.ROOT));
    }
    String id = element.id();
    if (!id.isEmpty()) {
      names.add(id.toLowerCase(Locale.ROOT));
    }
    return names;
  }

  /** True when the class or id says this is never article text. */
  static boolean always(List<String> names) {
    return any(ALWAYS, names);
  }

  /** True when the class or id says this is usually page furniture. */
  static boolean usually(List<String> names) {
    return any(USUALLY, names);
  }

  /** +25 for article-like names, −25 for boilerplate names, as a scoring weight. */
  static int classWeight(Element element) {
    List<String> names = names(element);
    if (names.isEmpty()) {
      return 0;
    }
    int weight = 0;
    if (any(POSITIVE, names)) {
      weight += 25;
    }
    if (always(names) || usually(names)) {
      weight -= 25;
    }
    return weight;
  }

  /** True for an element hidden from readers, or one whose role is page furniture. */
  static boolean hiddenOrFurniture(Element element) {
    if (element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden"))) {
      return true;
    }
    String role = element.attr("role");
    if (!role.isEmpty() && DROPPED_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
      return true;
    }
    String style = element.attr("style");
    if (!style.isEmpty()) {
      String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
      return s.contains("display:none") || s.contains("visibility:hidden");
    }
    return false;
  }

  private static boolean any(Pattern pattern, List<String> names) {
    for (String name : names) {
      if (pattern.matcher(name).find()) {
        return true;
      }
    }
    return false;
  }
}
