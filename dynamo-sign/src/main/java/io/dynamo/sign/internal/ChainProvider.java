package io.dynamo.sign.internal;

import io.dynamo.sign.Credentials;
import io.dynamo.sign.CredentialsException;
import io.dynamo.sign.CredentialsProvider;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * Tries providers in order and returns the first credentials found. When none has any, the
 * exception lists every provider with the reason it gave, and says what to do.
 */
public final class ChainProvider implements CredentialsProvider {
  private static final System.Logger LOG = System.getLogger("io.dynamo.sign.credentials");

  private final List<CredentialsProvider> providers;

  /** Creates a chain; at least one provider. */
  public ChainProvider(List<CredentialsProvider> providers) {
    if (providers.isEmpty()) {
      throw new IllegalArgumentException("A credentials chain needs at least one provider");
    }
    this.providers = List.copyOf(providers);
  }

  @Override
  public Credentials resolve() {
    StringBuilder tried = new StringBuilder();
    CredentialsException first = null;
    for (CredentialsProvider p : providers) {
      try {
        Credentials c = p.resolve();
        if (c != null) {
          LOG.log(
              Level.DEBUG, "Credentials for access key id {0} found by {1}", c.accessKeyId(), p);
          return c;
        }
        tried.append("\n  ").append(p).append(": returned nothing");
      } catch (CredentialsException e) {
        LOG.log(Level.DEBUG, "No credentials from {0}: {1}", p, e.getMessage());
        tried.append("\n  ").append(p).append(": ").append(e.getMessage());
        if (first == null) {
          first = e;
        }
      }
    }
    CredentialsException e =
        new CredentialsException(
            "No AWS credentials found. Tried, in order:"
                + tried
                + "\nSet AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, configure a profile with `aws"
                + " configure`, or pass credentials explicitly (Credentials.of(...)).");
    return throwWith(e, first);
  }

  private static Credentials throwWith(CredentialsException e, CredentialsException first) {
    if (first != null) {
      e.addSuppressed(first);
    }
    throw e;
  }

  @Override
  public String toString() {
    return "chain" + providers;
  }
}
