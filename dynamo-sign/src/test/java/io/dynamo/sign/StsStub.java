package io.dynamo.sign;

/** Responses as AWS STS gives them. */
public final class StsStub {
  private StsStub() {}

  /** An AssumeRole response expiring at {@code expiration}. */
  public static String assumeRoleResponse(
      String keyId, String secret, String token, String expiration) {
    return response("AssumeRole", keyId, secret, token, expiration);
  }

  /** An AssumeRole response expiring in 2099. */
  public static String assumeRoleResponse(String keyId, String secret, String token) {
    return assumeRoleResponse(keyId, secret, token, "2099-01-01T00:00:00Z");
  }

  /** An AssumeRoleWithWebIdentity response. */
  public static String webIdentityResponse(
      String keyId, String secret, String token, String expiration) {
    return response("AssumeRoleWithWebIdentity", keyId, secret, token, expiration);
  }

  private static String response(
      String action, String keyId, String secret, String token, String expiration) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<"
        + action
        + "Response xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n  <"
        + action
        + "Result>\n    <AssumedRoleUser>\n      <Arn>arn:aws:sts::123456789012:assumed-role/r/s</Arn>\n"
        + "      <AssumedRoleId>AROA:s</AssumedRoleId>\n    </AssumedRoleUser>\n"
        + "    <Credentials>\n      <AccessKeyId>"
        + keyId
        + "</AccessKeyId>\n      <SecretAccessKey>"
        + secret
        + "</SecretAccessKey>\n      <SessionToken>"
        + token
        + "</SessionToken>\n      <Expiration>"
        + expiration
        + "</Expiration>\n    </Credentials>\n  </"
        + action
        + "Result>\n  <ResponseMetadata><RequestId>c6104cbe</RequestId></ResponseMetadata>\n</"
        + action
        + "Response>\n";
  }

  /** An error response. */
  public static String error(String code, String message) {
    return "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n  <Error>\n"
        + "    <Type>Sender</Type>\n    <Code>"
        + code
        + "</Code>\n    <Message>"
        + message
        + "</Message>\n  </Error>\n  <RequestId>3fb3-4e1c</RequestId>\n</ErrorResponse>\n";
  }
}
