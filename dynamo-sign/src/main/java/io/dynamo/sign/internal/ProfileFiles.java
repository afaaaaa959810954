package io.dynamo.sign.internal;

import io.dynamo.sign.CredentialsException;
import io.dynamo.sign.Environment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The AWS profile files of an environment, read and merged: the credentials file (system property
 * {@code aws.sharedCredentialsFile}, else {@code AWS_SHARED_CREDENTIALS_FILE}, else {@code
 * ~/.aws/credentials}) over the config file ({@code aws.configFile}, else {@code AWS_CONFIG_FILE},
 * else {@code ~/.aws/config}). System properties come before variables, as in the AWS SDK for Java.
 * The config file's {@code [sso-session name]} and {@code [services name]} sections are kept too.
 */
public final class ProfileFiles {
  private final Path credentialsFile;
  private final Path configFile;
  private final List<Path> read;
  private final Map<String, Map<String, String>> profiles;
  private final Map<String, Map<String, Map<String, String>>> sections;

  private ProfileFiles(
      Path credentialsFile,
      Path configFile,
      List<Path> read,
      Map<String, Map<String, Map<String, String>>> sections) {
    this.credentialsFile = credentialsFile;
    this.configFile = configFile;
    this.read = List.copyOf(read);
    this.sections = sections;
    this.profiles = sections.getOrDefault(ProfileFileParser.PROFILE, Map.of());
  }

  /**
   * Reads the profile files of an environment. Files that do not exist are skipped.
   *
   * @throws CredentialsException if a file exists but cannot be read
   */
  public static ProfileFiles load(Environment env) {
    Path credentials =
        env.property("aws.sharedCredentialsFile")
            .or(() -> env.variable("AWS_SHARED_CREDENTIALS_FILE"))
            .map(p -> expandHome(p, env.home()))
            .orElse(env.home().resolve(".aws").resolve("credentials"));
    Path config =
        env.property("aws.configFile")
            .or(() -> env.variable("AWS_CONFIG_FILE"))
            .map(p -> expandHome(p, env.home()))
            .orElse(env.home().resolve(".aws").resolve("config"));
    List<Path> read = new ArrayList<>(2);
    Map<String, Map<String, Map<String, String>>> merged = new LinkedHashMap<>();
    // config first, then credentials on top: the credentials file wins for the same key
    readInto(config, true, merged, read);
    readInto(credentials, false, merged, read);
    return new ProfileFiles(credentials, config, read, merged);
  }

  /**
   * Returns the profile an environment selects: the system property {@code aws.profile}, else
   * {@code AWS_PROFILE}, else default (the AWS SDK for Java's order).
   */
  public static String selectedProfile(Environment env) {
    return env.property("aws.profile").or(() -> env.variable("AWS_PROFILE")).orElse("default");
  }

  /** Describes how the profile was selected, for messages. */
  public static String selection(Environment env) {
    if (env.property("aws.profile").isPresent()) {
      return "selected by system property aws.profile";
    }
    if (env.variable("AWS_PROFILE").isPresent()) {
      return "selected by AWS_PROFILE";
    }
    return "the default profile; set AWS_PROFILE to choose another";
  }

  /** Returns a profile's merged properties, if any file has the profile. */
  public Optional<Map<String, String>> profile(String name) {
    return Optional.ofNullable(profiles.get(name));
  }

  /**
   * Returns a section of another kind than profiles, such as {@code [sso-session corp]}, if the
   * config file has it.
   */
  public Optional<Map<String, String>> section(String kind, String name) {
    return Optional.ofNullable(sections.getOrDefault(kind, Map.of()).get(name));
  }

  /** Returns the names of all profiles found. */
  public Set<String> profileNames() {
    return new LinkedHashSet<>(profiles.keySet());
  }

  /** Returns the files that existed and were read. */
  public List<Path> filesRead() {
    return read;
  }

  /** Describes both file locations, for messages. */
  public String describeFiles() {
    return credentialsFile
        + (Files.exists(credentialsFile) ? "" : " (not found)")
        + ", "
        + configFile
        + (Files.exists(configFile) ? "" : " (not found)");
  }

  private static void readInto(
      Path file,
      boolean config,
      Map<String, Map<String, Map<String, String>>> into,
      List<Path> read) {
    if (!Files.isRegularFile(file)) {
      return;
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CredentialsException(
          "Could not read AWS profile file "
              + file
              + ": "
              + e.getClass().getSimpleName()
              + ". Check its permissions, or point AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE"
              + " elsewhere",
          e);
    }
    read.add(file);
    ProfileFileParser.parseSections(text, config)
        .forEach(
            (kind, named) ->
                named.forEach(
                    (name, props) ->
                        into.computeIfAbsent(kind, k -> new LinkedHashMap<>())
                            .computeIfAbsent(name, n -> new LinkedHashMap<>())
                            .putAll(props)));
  }

  private static Path expandHome(String path, Path home) {
    if (path.equals("~")) {
      return home;
    }
    if (path.startsWith("~/") || path.startsWith("~" + java.io.File.separator)) {
      return home.resolve(path.substring(2));
    }
    return Path.of(path);
  }
}
