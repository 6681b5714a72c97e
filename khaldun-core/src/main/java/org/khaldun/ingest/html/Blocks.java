package org.khaldun.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Splits an element into text blocks, the units a reader sees as paragraphs: the inline text of
 * each block element, with the length of its link text. A {@code <br>} inside a block starts a new
 * line of the same paragraph. Thread-safe (no state).
 */
final class Blocks {
  /** Elements that start a paragraph of their own; everything else flows inline. */
  static final Set<String> BLOCK_TAGS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "table",
          "thead",
          "tbody",
          "tfoot",
          "tr",
          "td",
          "th",
          "blockquote",
          "pre",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "footer",
          "figure",
          "form",
          "body",
          "aside",
          "nav",
          "center",
          "address",
          "hr",
          "fieldset",
          "details",
          "summary",
          "caption",
          "html",
          "hgroup");

  /**
   * One paragraph of text.
   *
   * @param element the block element whose own inline text this is
   * @param text the text, whitespace collapsed, lines kept
   * @param linkChars how many of its characters are link text
   */
  record Block(Element element, String text, int linkChars) {
    double linkDensity() {
      return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }
  }

  private Blocks() {}

  static boolean isBlock(Element element) {
    return BLOCK_TAGS.contains(element.normalName());
  }

  /** The blocks under {@code root} in document order, empty ones left out. */
  static List<Block> of(Element root) {
    List<Block> blocks = new ArrayList<>();
    collect(root, blocks);
    return blocks;
  }

  private static void collect(Element block, List<Block> out) {
    Builder builder = new Builder(block);
    inline(block, builder, out, false);
    builder.flushInto(out);
  }

  /** Adds inline content to {@code builder}; block children become blocks of their own. */
  private static void inline(Element parent, Builder builder, List<Block> out, boolean inLink) {
    for (Node child : parent.childNodes()) {
      if (child instanceof TextNode text) {
        builder.append(text.getWholeText(), inLink);
      } else if (child instanceof Element element) {
        String tag = element.normalName();
        if (tag.equals("br")) {
          builder.newline();
        } else if (isBlock(element)) {
          // The text so far stays before the child's block, as the reader sees it.
          builder.flushInto(out);
          collect(element, out);
        } else {
          inline(element, builder, out, inLink || tag.equals("a"));
        }
      }
    }
  }

  /** Collapses whitespace as a browser does, keeping {@code <br>} line breaks. */
  private static final class Builder {
    private final Element element;
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private boolean space;

    Builder(Element element) {
      this.element = element;
    }

    void append(String raw, boolean inLink) {
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (Character.isWhitespace(c) || c == '\u00a0') {
          space = true;
          continue;
        }
        if (space && text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
          text.append(' ');
          if (inLink) {
            linkChars++;
          }
        }
        space = false;
        text.append(c);
        if (inLink) {
          linkChars++;
        }
      }
    }

    void newline() {
      if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
        text.append('\n');
      }
      space = false;
    }

    void flushInto(List<Block> out) {
      String s = text.toString().strip();
      if (!s.isEmpty()) {
        out.add(new Block(element, s, Math.min(linkChars, s.length())));
      }
      text.setLength(0);
      linkChars = 0;
      space = false;
    }
  }
}
