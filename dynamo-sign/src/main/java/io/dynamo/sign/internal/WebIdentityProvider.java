package io.dynamo.sign.internal;

import io.dynamo.sign.AwsConfig;
import io.dynamo.sign.Credentials;
import io.dynamo.sign.CredentialsException;
import io.dynamo.sign.CredentialsProvider;
import io.dynamo.sign.Environment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Credentials for an IAM role from a web identity token, as EKS (IAM roles for service accounts)
 * provides them: the token file named by the system property {@code aws.webIdentityTokenFile} or
 * {@code AWS_WEB_IDENTITY_TOKEN_FILE}, the role by {@code aws.roleArn} or {@code AWS_ROLE_ARN}, the
 * session name by {@code aws.roleSessionName} or {@code AWS_ROLE_SESSION_NAME}; STS {@code
 * AssumeRoleWithWebIdentity} exchanges them. The file is read at each call, since the token
 * rotates.
 */
public final class WebIdentityProvider implements CredentialsProvider {
  private static final int MAX_TOKEN_BYTES = 16 * 1024;

  private final Supplier<Environment> env;
  private final Sts sts;

  /** Creates a provider that reads the environment supplied at each call. */
  public WebIdentityProvider(Supplier<Environment> env, Clock clock) {
    this(env, clock, Sts.TIMEOUT);
  }

  /** Creates a provider whose STS exchanges end within {@code timeout}. */
  public WebIdentityProvider(Supplier<Environment> env, Clock clock, java.time.Duration timeout) {
    this.env = env;
    this.sts = new Sts(new CredentialsHttp(timeout), clock);
  }

  @Override
  public Credentials resolve() {
    Environment e = env.get();
    Optional<String> file =
        e.property("aws.webIdentityTokenFile").or(() -> e.variable("AWS_WEB_IDENTITY_TOKEN_FILE"));
    if (file.isEmpty()) {
      throw new CredentialsException(
          "neither system property aws.webIdentityTokenFile nor AWS_WEB_IDENTITY_TOKEN_FILE is set"
              + " (EKS sets it for IAM roles for service accounts)");
    }
    Optional<String> role = e.property("aws.roleArn").or(() -> e.variable("AWS_ROLE_ARN"));
    if (role.isEmpty()) {
      throw new CredentialsException(
          "AWS_WEB_IDENTITY_TOKEN_FILE is set but neither AWS_ROLE_ARN nor system property"
              + " aws.roleArn is; set the role to assume");
    }
    String session =
        e.property("aws.roleSessionName")
            .or(() -> e.variable("AWS_ROLE_SESSION_NAME"))
            .orElseGet(WebIdentityProvider::defaultSessionName);
    return fetch(sts, AwsConfig.of(e), Path.of(file.get()), role.get(), session);
  }

  /** Reads the token file and exchanges the token for the role's credentials. */
  static Credentials fetch(Sts sts, AwsConfig config, Path tokenFile, String role, String session) {
    String token = readToken(tokenFile);
    return sts.assumeRoleWithWebIdentity(config, role, session, token);
  }

  static String readToken(Path file) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_TOKEN_BYTES + 1);
    } catch (IOException ex) {
      throw new CredentialsException(
          "Could not read the web identity token file "
              + file
              + ": "
              + ex.getClass().getSimpleName());
    }
    if (bytes.length > MAX_TOKEN_BYTES) {
      throw new CredentialsException(
          "The web identity token file " + file + " is longer than " + MAX_TOKEN_BYTES + " bytes");
    }
    String token = new String(bytes, StandardCharsets.UTF_8).strip();
    if (token.isEmpty()) {
      throw new CredentialsException("The web identity token file " + file + " is empty");
    }
    return token;
  }

  /** A session name as the AWS SDK for Java makes one when none is configured. */
  static String defaultSessionName() {
    return "dynamo-java-" + System.currentTimeMillis();
  }

  @Override
  public String toString() {
    return "web identity token file";
  }
}
