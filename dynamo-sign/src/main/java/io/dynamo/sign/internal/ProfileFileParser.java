package io.dynamo.sign.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Parses the INI-style AWS profile files ({@code ~/.aws/credentials} and {@code ~/.aws/config}) as
 * the AWS CLI reads them.
 *
 * <p>Lines starting with {@code #} or {@code ;} are comments, and so is the rest of a value after a
 * {@code #} or {@code ;} that follows whitespace. In the config file a profile's section is {@code
 * [profile name]} (or {@code [default]}); other sections ({@code [sso-session x]}, {@code [services
 * x]}) are skipped. In the credentials file the section name is the profile name. Property names
 * are lower-cased; indented lines continue a property (sub-properties) and are skipped. Malformed
 * lines are skipped without printing them, since they may hold secrets.
 */
public final class ProfileFileParser {
  private ProfileFileParser() {}

  /** Returns the profiles of a file, in file order, each with its properties. */
  public static Map<String, Map<String, String>> parse(String text, boolean configFile) {
    Map<String, Map<String, String>> profiles = new LinkedHashMap<>();
    Map<String, String> current = null;
    for (String line : text.split("\r\n|\r|\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith(";")) {
        continue;
      }
      if (trimmed.startsWith("[")) {
        String name = sectionName(trimmed, configFile);
        current = name == null ? null : profiles.computeIfAbsent(name, n -> new LinkedHashMap<>());
        continue;
      }
      if (current == null || Character.isWhitespace(line.charAt(0))) {
        continue; // outside a profile, or a sub-property line
      }
      int eq = trimmed.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String key = trimmed.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      String value = stripComment(trimmed.substring(eq + 1)).strip();
      current.put(key, value);
    }
    return profiles;
  }

  /** Returns the profile name of a section header, or null when it is not a profile section. */
  private static String sectionName(String header, boolean configFile) {
    int close = header.indexOf(']');
    if (close < 0) {
      return null;
    }
    String inside = header.substring(1, close).strip();
    if (!configFile) {
      return inside.isEmpty() ? null : inside;
    }
    if (inside.equals("default")) {
      return "default";
    }
    if (inside.startsWith("profile")
        && inside.length() > 7
        && Character.isWhitespace(inside.charAt(7))) {
      String name = inside.substring(8).strip();
      return name.isEmpty() ? null : name;
    }
    return null;
  }

  private static String stripComment(String value) {
    for (int i = 1; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c == '#' || c == ';') && Character.isWhitespace(value.charAt(i - 1))) {
        return value.substring(0, i);
      }
    }
    return value;
  }
}
