package io.dynamo.sign.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Parses the INI-style AWS profile files ({@code ~/.aws/credentials} and {@code ~/.aws/config}) as
 * the AWS CLI and SDKs read them.
 *
 * <p>Lines starting with {@code #} or {@code ;} are comments, and so is the rest of a value after a
 * {@code #} or {@code ;} that follows whitespace. In the config file a profile's section is {@code
 * [profile name]} (or {@code [default]}); {@code [sso-session name]} and {@code [services name]}
 * are sections of their own kinds; other sections are skipped. In the credentials file the section
 * name is the profile name. Property names are lower-cased. A property with an empty value followed
 * by indented {@code key = value} lines has sub-properties, kept as {@code parent.key} (so {@code
 * dynamodb =} then {@code endpoint_url = ...} gives {@code dynamodb.endpoint_url}); other indented
 * lines continue a value and are skipped. Malformed lines are skipped without printing them, since
 * they may hold secrets.
 */
public final class ProfileFileParser {
  /** The kind of section of profiles. */
  public static final String PROFILE = "profile";

  /** The kind of section of SSO sessions, {@code [sso-session name]}. */
  public static final String SSO_SESSION = "sso-session";

  /** The kind of section of service settings, {@code [services name]}. */
  public static final String SERVICES = "services";

  private ProfileFileParser() {}

  /** Returns the profiles of a file, in file order, each with its properties. */
  public static Map<String, Map<String, String>> parse(String text, boolean configFile) {
    return parseSections(text, configFile).getOrDefault(PROFILE, new LinkedHashMap<>());
  }

  /**
   * Returns the sections of a file by kind ({@link #PROFILE}, {@link #SSO_SESSION}, {@link
   * #SERVICES}), then by name in file order, each with its properties.
   */
  public static Map<String, Map<String, Map<String, String>>> parseSections(
      String text, boolean configFile) {
    Map<String, Map<String, Map<String, String>>> sections = new LinkedHashMap<>();
    Map<String, String> current = null;
    String parent = null; // the property whose sub-properties follow, if any
    for (String line : text.split("\r\n|\r|\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith(";")) {
        continue;
      }
      if (trimmed.startsWith("[")) {
        String[] kindAndName = sectionName(trimmed, configFile);
        current =
            kindAndName == null
                ? null
                : sections
                    .computeIfAbsent(kindAndName[0], k -> new LinkedHashMap<>())
                    .computeIfAbsent(kindAndName[1], n -> new LinkedHashMap<>());
        parent = null;
        continue;
      }
      if (current == null) {
        continue;
      }
      int eq = trimmed.indexOf('=');
      if (Character.isWhitespace(line.charAt(0))) {
        if (parent != null && eq > 0) {
          String key = trimmed.substring(0, eq).strip().toLowerCase(Locale.ROOT);
          current.put(parent + "." + key, stripComment(trimmed.substring(eq + 1)).strip());
        }
        continue; // a sub-property, or the continuation of a value
      }
      if (eq <= 0) {
        parent = null;
        continue;
      }
      String key = trimmed.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      String value = stripComment(trimmed.substring(eq + 1)).strip();
      current.put(key, value);
      parent = value.isEmpty() ? key : null;
    }
    return sections;
  }

  /** Returns the kind and name of a section header, or null when it is none this reads. */
  private static String[] sectionName(String header, boolean configFile) {
    int close = header.indexOf(']');
    if (close < 0) {
      return null;
    }
    String inside = header.substring(1, close).strip();
    if (!configFile) {
      return inside.isEmpty() ? null : new String[] {PROFILE, inside};
    }
    if (inside.equals("default")) {
      return new String[] {PROFILE, "default"};
    }
    for (String kind : new String[] {PROFILE, SSO_SESSION, SERVICES}) {
      if (inside.startsWith(kind)
          && inside.length() > kind.length()
          && Character.isWhitespace(inside.charAt(kind.length()))) {
        String name = inside.substring(kind.length() + 1).strip();
        return name.isEmpty() ? null : new String[] {kind, name};
      }
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
