package io.dynamo.sign.internal;

import io.dynamo.sign.Credentials;
import io.dynamo.sign.CredentialsException;
import io.dynamo.sign.CredentialsProvider;
import io.dynamo.sign.Environment;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Static credentials of a profile in the AWS profile files. Profiles that get credentials some
 * other way (assume role, SSO, credential process) are reported as unsupported, by name.
 */
public final class ProfileProvider implements CredentialsProvider {
  private static final List<String> UNSUPPORTED =
      List.of(
          "role_arn",
          "credential_process",
          "sso_session",
          "sso_start_url",
          "web_identity_token_file",
          "login_session");

  private final Supplier<Environment> env;
  private final String profileName;

  /**
   * Creates a provider.
   *
   * @param env the environment, supplied at each call
   * @param profileName the profile, or null for the one the environment selects
   */
  public ProfileProvider(Supplier<Environment> env, String profileName) {
    this.env = env;
    this.profileName = profileName;
  }

  @Override
  public Credentials resolve() {
    Environment e = env.get();
    String name = profileName != null ? profileName : ProfileFiles.selectedProfile(e);
    String how = profileName != null ? "requested explicitly" : ProfileFiles.selection(e);
    ProfileFiles files = ProfileFiles.load(e);
    if (files.filesRead().isEmpty()) {
      throw new CredentialsException(
          "Profile '"
              + name
              + "' ("
              + how
              + "): no AWS profile file found; tried "
              + files.describeFiles()
              + ". Create one with `aws configure`, or set"
              + " AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE");
    }
    Map<String, String> p =
        files
            .profile(name)
            .orElseThrow(
                () ->
                    new CredentialsException(
                        "Profile '"
                            + name
                            + "' ("
                            + how
                            + ") not found in "
                            + files.filesRead()
                            + "; profiles there: "
                            + files.profileNames()
                            + ". Add a ["
                            + name
                            + "] section to the credentials file ([profile "
                            + name
                            + "] in the config"
                            + " file), or set AWS_PROFILE to one of the profiles listed"));
    String id = p.get("aws_access_key_id");
    String secret = p.get("aws_secret_access_key");
    boolean hasId = id != null && !id.isBlank();
    boolean hasSecret = secret != null && !secret.isBlank();
    if (!hasId && !hasSecret) {
      for (String key : UNSUPPORTED) {
        if (p.containsKey(key)) {
          throw new CredentialsException(
              "Profile '"
                  + name
                  + "' in "
                  + files.filesRead()
                  + " uses "
                  + key
                  + ", which this client does not support; export static or temporary keys"
                  + " (for example with `aws configure export-credentials --profile "
                  + name
                  + " --format env`)");
        }
      }
    }
    if (!hasId || !hasSecret) {
      throw new CredentialsException(
          "Profile '"
              + name
              + "' in "
              + files.filesRead()
              + " has "
              + (hasId
                  ? "aws_access_key_id but no aws_secret_access_key"
                  : hasSecret
                      ? "aws_secret_access_key but no aws_access_key_id"
                      : "neither aws_access_key_id nor aws_secret_access_key")
              + "; add the missing key to the profile");
    }
    return Credentials.of(id, secret, p.get("aws_session_token"));
  }

  @Override
  public String toString() {
    return profileName == null ? "profile files" : "profile files (profile '" + profileName + "')";
  }
}
