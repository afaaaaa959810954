package io.dynamo.sign.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the text of the leaf elements of a small XML document, such as an STS response, by path
 * ({@code AssumeRoleResponse/AssumeRoleResult/Credentials/AccessKeyId}), with local names only
 * (prefixes dropped, attributes ignored).
 *
 * <p>Written by hand so that nothing can reach outside the document: a document type declaration
 * (and with it any entity declaration) is refused, only the five predefined entities and character
 * references are decoded, and nesting is limited. Input is at most what {@link CredentialsHttp}
 * lets through (64 KiB). Messages never quote the document.
 */
public final class SmallXml {
  private static final int MAX_DEPTH = 16;

  /** A document this reader refuses, without its text. */
  public static final class XmlException extends Exception {
    private static final long serialVersionUID = 1L;

    XmlException(String message) {
      super(message, null, false, false);
    }
  }

  private SmallXml() {}

  /** Returns the text of each leaf element by its path, the first occurrence of each path. */
  public static Map<String, String> leaves(byte[] document) throws XmlException {
    String s = new String(document, StandardCharsets.UTF_8);
    Map<String, String> out = new LinkedHashMap<>();
    List<String> path = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    boolean leaf = false;
    int i = 0;
    int n = s.length();
    boolean rootSeen = false;
    while (i < n) {
      char c = s.charAt(i);
      if (c != '<') {
        int next = s.indexOf('<', i);
        int end = next < 0 ? n : next;
        if (!path.isEmpty()) {
          text.append(decode(s.substring(i, end)));
        } else if (!s.substring(i, end).isBlank()) {
          throw new XmlException("text outside the root element");
        }
        i = end;
        continue;
      }
      if (s.startsWith("<?", i)) {
        i = after(s, "?>", i);
      } else if (s.startsWith("<!--", i)) {
        i = after(s, "-->", i);
      } else if (s.startsWith("<![CDATA[", i)) {
        int end = s.indexOf("]]>", i);
        if (end < 0 || path.isEmpty()) {
          throw new XmlException("a CDATA section outside an element or without end");
        }
        text.append(s, i + 9, end);
        i = end + 3;
      } else if (s.startsWith("<!", i)) {
        throw new XmlException("a document type or entity declaration, which is refused");
      } else if (s.startsWith("</", i)) {
        int end = s.indexOf('>', i);
        if (end < 0 || path.isEmpty()) {
          throw new XmlException("an end tag without a start tag");
        }
        String name = localName(s.substring(i + 2, end).strip());
        if (!name.equals(path.get(path.size() - 1))) {
          throw new XmlException("an end tag that does not match its start tag");
        }
        if (leaf) {
          out.putIfAbsent(String.join("/", path), text.toString().strip());
        }
        path.remove(path.size() - 1);
        text.setLength(0);
        leaf = false;
        i = end + 1;
      } else {
        int end = s.indexOf('>', i);
        if (end < 0) {
          throw new XmlException("a tag without end");
        }
        String inside = s.substring(i + 1, end);
        boolean empty = inside.endsWith("/");
        if (empty) {
          inside = inside.substring(0, inside.length() - 1);
        }
        int space = 0;
        while (space < inside.length() && !Character.isWhitespace(inside.charAt(space))) {
          space++;
        }
        String name = localName(inside.substring(0, space));
        if (name.isEmpty()) {
          throw new XmlException("a tag without a name");
        }
        if (path.isEmpty() && rootSeen) {
          throw new XmlException("more than one root element");
        }
        rootSeen = true;
        if (empty) {
          path.add(name);
          out.putIfAbsent(String.join("/", path), "");
          path.remove(path.size() - 1);
          leaf = false;
        } else {
          if (path.size() >= MAX_DEPTH) {
            throw new XmlException("elements nested more than " + MAX_DEPTH + " deep");
          }
          path.add(name);
          text.setLength(0);
          leaf = true;
        }
        i = end + 1;
      }
    }
    if (!path.isEmpty() || !rootSeen) {
      throw new XmlException("a document that ends before its root element does");
    }
    return out;
  }

  private static int after(String s, String terminator, int from) throws XmlException {
    int end = s.indexOf(terminator, from);
    if (end < 0) {
      throw new XmlException("a declaration or comment without end");
    }
    return end + terminator.length();
  }

  private static String localName(String qualified) {
    int colon = qualified.indexOf(':');
    return colon < 0 ? qualified : qualified.substring(colon + 1);
  }

  private static String decode(String raw) throws XmlException {
    int amp = raw.indexOf('&');
    if (amp < 0) {
      return raw;
    }
    StringBuilder b = new StringBuilder(raw.length());
    int i = 0;
    while (amp >= 0) {
      b.append(raw, i, amp);
      int semi = raw.indexOf(';', amp);
      if (semi < 0 || semi - amp > 10) {
        throw new XmlException("an unterminated entity reference");
      }
      String ref = raw.substring(amp + 1, semi);
      switch (ref) {
        case "lt" -> b.append('<');
        case "gt" -> b.append('>');
        case "amp" -> b.append('&');
        case "quot" -> b.append('"');
        case "apos" -> b.append('\'');
        default -> {
          if (!ref.startsWith("#") || ref.length() < 2) {
            throw new XmlException("a reference to an entity other than the predefined five");
          }
          try {
            int code =
                ref.charAt(1) == 'x'
                    ? Integer.parseInt(ref.substring(2), 16)
                    : Integer.parseInt(ref.substring(1));
            b.appendCodePoint(code);
          } catch (IllegalArgumentException e) {
            throw new XmlException("an invalid character reference");
          }
        }
      }
      i = semi + 1;
      amp = raw.indexOf('&', i);
    }
    return b.append(raw, i, raw.length()).toString();
  }
}
