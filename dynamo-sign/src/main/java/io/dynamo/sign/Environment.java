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

  /** Returns an environment with these variables, no system properties, and this home. */
  public static Environment of(Map<String, String> variables, Path home) {
    return new Environment(variables, Map.of(), home);
  }

  /**
   * Returns a snapshot of this JVM's environment variables, system properties and {@code
   * user.home}.
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
    String home = System.getProperty("user.home", "");
    return new Environment(System.getenv(), copy, Path.of(home));
  }

  /**
   * Like {@link #system()}, with only the variables whose names start with {@code AWS_} and the
   * properties whose names start with {@code aws.}: all that credential providers and region
   * resolution read, at a fraction of the cost of a full copy.
   */
  static Environment systemAws() {
    Map<String, String> vars = new LinkedHashMap<>();
    System.getenv()
        .forEach(
            (k, v) -> {
              if (k.startsWith("AWS_")) {
                vars.put(k, v);
              }
            });
    Map<String, String> props = new LinkedHashMap<>();
    Properties all = System.getProperties();
    for (String name : all.stringPropertyNames()) {
      if (name.startsWith("aws.")) {
        String value = all.getProperty(name);
        if (value != null) {
          props.put(name, value);
        }
      }
    }
    return new Environment(vars, props, Path.of(System.getProperty("user.home", "")));
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
