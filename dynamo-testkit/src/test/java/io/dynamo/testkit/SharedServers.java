package io.dynamo.testkit;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Remembers which dynalite servers the extension handed to test classes of this JVM. */
final class SharedServers {
  private static final Set<Dynalite> SEEN = ConcurrentHashMap.newKeySet();

  private SharedServers() {}

  /** Records {@code dynalite} and returns how many distinct servers were handed out so far. */
  static int record(Dynalite dynalite) {
    SEEN.add(dynalite);
    return SEEN.size();
  }
}
