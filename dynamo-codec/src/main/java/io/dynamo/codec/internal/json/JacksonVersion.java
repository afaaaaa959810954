package io.dynamo.codec.internal.json;

import com.fasterxml.jackson.core.Version;

/**
 * The jackson-core versions the library works with: 2.15.0 (the first with {@code
 * StreamReadConstraints}, which the library configures) up to the newest 2.x. Frameworks often pin
 * jackson-core for the whole application (Spring Boot 3.1 and 3.2 to 2.15, 3.3 to 2.17), so an
 * older one is refused with a message naming both versions, when a client is built, rather than
 * failing later with a {@code NoSuchMethodError} in the middle of a call.
 *
 * <p>Features newer than the floor are used only when the jackson-core found has them: the version
 * is read from {@code com.fasterxml.jackson.core.json.PackageVersion} (a plain field, no
 * reflection), and the code paths that name a newer feature run only on a version that has it.
 */
public final class JacksonVersion {
  /** The oldest jackson-core the library works with. */
  public static final String FLOOR = "2.15.0";

  private static final int FLOOR_MAJOR = 2;
  private static final int FLOOR_MINOR = 15;

  /** The jackson-core on the class path or module path. */
  private static final Version FOUND = com.fasterxml.jackson.core.json.PackageVersion.VERSION;

  private JacksonVersion() {}

  /** The version of the jackson-core in use, such as {@code 2.17.2}. */
  public static String found() {
    return FOUND.toString();
  }

  /** Whether the jackson-core in use is {@code major.minor} or newer. */
  public static boolean atLeast(int major, int minor) {
    return atLeast(FOUND, major, minor);
  }

  static boolean atLeast(Version v, int major, int minor) {
    return v.getMajorVersion() > major
        || (v.getMajorVersion() == major && v.getMinorVersion() >= minor);
  }

  /**
   * Fails unless the jackson-core in use is {@link #FLOOR} or newer.
   *
   * @throws IllegalStateException naming the version found and the one needed
   */
  public static void requireSupported() {
    String problem = problem(FOUND);
    if (problem != null) {
      throw new IllegalStateException(problem);
    }
  }

  /** What is wrong with {@code v}, or null when the library works with it. */
  static String problem(Version v) {
    if (atLeast(v, FLOOR_MAJOR, FLOOR_MINOR)) {
      return null;
    }
    return "dynamo needs jackson-core "
        + FLOOR
        + " or newer (2.x), but found "
        + v
        + " (com.fasterxml.jackson.core:jackson-core); a dependency manager such as Spring Boot's"
        + " may pin an older one: set jackson-core's version to "
        + FLOOR
        + " or newer";
  }
}
