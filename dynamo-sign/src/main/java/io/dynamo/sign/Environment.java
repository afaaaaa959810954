package io.dynamo.sign;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * The environment that credential providers and region resolution read: environment variables,
 * system properties and the user's home directory.
 *
 * <p>{@link #system()} takes them from the running JVM; tests and embedding applications pass their
 * own with {@link #of}, so nothing mutates the real environment. Blank values count as absent.
 * {@link #toString()} shows only the home directory and how many entries there are: variables may
 * hold secrets.
 *
 * @param variables environment variables, such as {@code AWS_PROFILE}
 * @param properties system properties, such as {@code aws.accessKeyId}
 * @param home the home directory, where {@code .aws/credentials} and {@code .aws/config} live
 */
public record Environment(
    Map<String, String> variables, Map<String, String> properties, Path home) {

  /** Copies the maps and checks for nulls. */
  public Environment {
    variables = Map.copyOf(Objects.requireNonNull(variables, "variables"));
    properties = Map.copyOf(Objects.requireNonNull(properties, "properties"));
    Objects.requireNonNull(home, "home");
  }

  /** Returns an environment. */
  public static Environment of(
      Map<String, String> variables, Map<String, String> properties, Path home) {
    return new Environment(variables, properties, home);
  }

  /**
   * Returns an environment whose home directory is found in the variables and properties given, as
   * {@link #homeOf} describes.
   */
  public static Environment of(Map<String, String> variables, Map<String, String> properties) {
    return new Environment(variables, properties, homeOf(variables, properties));
  }

  /**
   * Returns the home directory the AWS SDK for Java 2.x would use: the variable {@code HOME} if
   * set; else, when the property {@code os.name} starts with "Windows", {@code USERPROFILE}, else
   * {@code HOMEDRIVE} followed by {@code HOMEPATH}; else the property {@code user.home}; else the
   * current directory.
   */
  public static Path homeOf(Map<String, String> variables, Map<String, String> properties) {
    String home = nonBlank(variables.get("HOME")).orElse(null);
    String os = properties.getOrDefault("os.name", "");
    if (home == null && os.toLowerCase(java.util.Locale.ROOT).startsWith("windows")) {
      home = nonBlank(variables.get("USERPROFILE")).orElse(null);
      if (home == null) {
        Optional<String> drive = nonBlank(variables.get("HOMEDRIVE"));
        Optional<String> path = nonBlank(variables.get("HOMEPATH"));
        if (drive.isPresent() && path.isPresent()) {
          home = drive.get() + path.get();
        }
      }
    }
    if (home == null) {
      home = nonBlank(properties.get("user.home")).orElse("");
    }
    return Path.of(home);
  }

  /** Returns an environment with these variables, no system properties, and this home. */
  public static Environment of(Map<String, String> variables, Path home) {
    return new Environment(variables, Map.of(), home);
  }

  /**
   * Returns a snapshot of this JVM's environment variables and system properties, with the home
   * directory of {@link #homeOf}.
   */
  public static Environment system() {
    Properties props = System.getProperties();
    Map<String, String> copy = new LinkedHashMap<>();
    for (String name : props.stringPropertyNames()) {
      String value = props.getProperty(name);
      if (value != null) {
        copy.put(name, value);
      }
    }
    Map<String, String> vars = System.getenv();
    return new Environment(vars, copy, homeOf(vars, copy));
  }

  /**
   * Like {@link #system()}, with only the variables whose names start with {@code AWS_} and the
   * properties whose names start with {@code aws.}: all that credential providers and region
   * resolution read, at a fraction of the cost of a full copy. The home directory is found in the
   * whole environment.
   */
  static Environment systemAws() {
    Map<String, String> vars = new LinkedHashMap<>();
    Map<String, String> all = System.getenv();
    all.forEach(
        (k, v) -> {
          if (k.startsWith("AWS_")) {
            vars.put(k, v);
          }
        });
    Map<String, String> props = new LinkedHashMap<>();
    Properties sys = System.getProperties();
    for (String name : sys.stringPropertyNames()) {
      if (name.startsWith("aws.")) {
        String value = sys.getProperty(name);
        if (value != null) {
          props.put(name, value);
        }
      }
    }
    Map<String, String> homeProps = new LinkedHashMap<>();
    for (String name : new String[] {"os.name", "user.home"}) {
      String value = System.getProperty(name);
      if (value != null) {
        homeProps.put(name, value);
      }
    }
    return new Environment(vars, props, homeOf(all, homeProps));
  }

  /** Returns an environment variable's value, if set and not blank. */
  public Optional<String> variable(String name) {
    return nonBlank(variables.get(name));
  }

  /** Returns a system property's value, if set and not blank. */
  public Optional<String> property(String name) {
    return nonBlank(properties.get(name));
  }

  private static Optional<String> nonBlank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  /** Shows the home directory and the number of variables and properties, never their values. */
  @Override
  public String toString() {
    return "Environment[variables="
        + variables.size()
        + ", properties="
        + properties.size()
        + ", home="
        + home
        + "]";
  }
}
