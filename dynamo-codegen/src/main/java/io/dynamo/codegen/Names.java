package io.dynamo.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Java names and javadoc text from the model's names and documentation. */
public final class Names {
  private Names() {}

  private static final Set<String> KEYWORDS =
      Set.of(
          "abstract",
          "assert",
          "boolean",
          "break",
          "byte",
          "case",
          "catch",
          "char",
          "class",
          "const",
          "continue",
          "default",
          "do",
          "double",
          "else",
          "enum",
          "extends",
          "final",
          "finally",
          "float",
          "for",
          "goto",
          "if",
          "implements",
          "import",
          "instanceof",
          "int",
          "interface",
          "long",
          "native",
          "new",
          "package",
          "private",
          "protected",
          "public",
          "return",
          "short",
          "static",
          "strictfp",
          "super",
          "switch",
          "synchronized",
          "this",
          "throw",
          "throws",
          "transient",
          "try",
          "void",
          "volatile",
          "while",
          "true",
          "false",
          "null",
          "record",
          "var",
          "yield",
          "sealed",
          "permits");

  /**
   * The words of a model name: {@code SSEDescription} is SSE, Description; {@code S3Bucket} S3,
   * Bucket.
   */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    int start = 0;
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      char prev = name.charAt(i - 1);
      boolean boundary =
          (Character.isUpperCase(c) && (Character.isLowerCase(prev) || Character.isDigit(prev)))
              || (Character.isUpperCase(c)
                  && Character.isUpperCase(prev)
                  && i + 1 < name.length()
                  && Character.isLowerCase(name.charAt(i + 1)))
              || c == '_';
      if (boundary) {
        if (i > start) {
          words.add(name.substring(start, i));
        }
        start = c == '_' ? i + 1 : i;
      }
    }
    if (start < name.length()) {
      words.add(name.substring(start));
    }
    return words;
  }

  /** {@code SSEDescription} as a Java type name: {@code SseDescription}. */
  public static String type(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : words(name)) {
      b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1).toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }

  /** {@code KMSMasterKeyId} as a Java member name: {@code kmsMasterKeyId}. */
  public static String member(String name) {
    String t = type(name);
    String m = Character.toLowerCase(t.charAt(0)) + t.substring(1);
    return KEYWORDS.contains(m) ? m + "Value" : m;
  }

  /** An enum value as a constant name: {@code aws:kms} is {@code AWS_KMS}. */
  public static String constant(String value) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isLetterOrDigit(c) && c < 128) {
        if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(value.charAt(i - 1))) {
          b.append('_');
        }
        b.append(Character.toUpperCase(c));
      } else {
        b.append('_');
      }
    }
    if (b.length() == 0 || Character.isDigit(b.charAt(0))) {
      b.insert(0, '_');
    }
    return b.toString();
  }

  /** The first sentence of the model's HTML documentation, as javadoc text. */
  static String sentence(String html, String fallback) {
    if (html == null || html.isBlank()) {
      return fallback;
    }
    String text =
        html.replaceAll("(?s)<[^>]*>", " ")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&amp;", "&")
            .replaceAll("\\s+", " ")
            .trim();
    int end = -1;
    for (int i = 0; i + 1 < text.length(); i++) {
      if (text.charAt(i) == '.' && text.charAt(i + 1) == ' ' && !abbreviation(text, i)) {
        end = i + 1;
        break;
      }
    }
    if (end < 0) {
      end = text.length();
    }
    String s = text.substring(0, end).trim();
    if (s.isEmpty()) {
      return fallback;
    }
    if (!s.endsWith(".")) {
      s = s + ".";
    }
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("@", "&#64;")
        .replace("*/", "*&#47;")
        .replace("{", "&#123;")
        .replace("}", "&#125;")
        .replace("\\", "&#92;");
  }

  private static boolean abbreviation(String text, int dot) {
    int start = text.lastIndexOf(' ', dot) + 1;
    String word = text.substring(start, dot + 1);
    return word.equals("e.g.") || word.equals("i.e.") || word.equals("etc.") || word.equals("vs.");
  }
}
