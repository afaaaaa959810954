/**
 * Request signing for the DynamoDB client: AWS Signature Version 4 and bearer tokens, AWS
 * credentials and the providers that find them (system properties, environment, profile files,
 * container endpoints, EC2 instance metadata).
 *
 * <p>The signer is plain JDK code ({@code javax.crypto}, {@code java.security}). Jackson Core reads
 * the JSON of credential endpoints; no Jackson type appears in the API.
 */
module io.dynamo.sign {
  requires transitive io.dynamo.codec;
  requires com.fasterxml.jackson.core;
  requires java.net.http;

  exports io.dynamo.sign;
}
