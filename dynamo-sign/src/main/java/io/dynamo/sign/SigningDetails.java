package io.dynamo.sign;

import java.util.List;
import java.util.Objects;

/**
 * The intermediate results of one SigV4 signature, as AWS documents them.
 *
 * <p>{@link #toString()} shows only the signature and the header names: the canonical request
 * contains the session token when there is one.
 *
 * @param canonicalRequest the canonical request, lines joined with {@code \n}
 * @param stringToSign the string to sign
 * @param signature the signature, lower-case hex
 * @param headers the headers to add to the request, as {@link SigV4Signer#sign} returns them
 */
public record SigningDetails(
    String canonicalRequest, String stringToSign, String signature, List<HttpHeader> headers) {

  /** Checks for nulls and copies the headers. */
  public SigningDetails {
    Objects.requireNonNull(canonicalRequest, "canonicalRequest");
    Objects.requireNonNull(stringToSign, "stringToSign");
    Objects.requireNonNull(signature, "signature");
    headers = List.copyOf(headers);
  }

  /** Returns the value of the {@code Authorization} header. */
  public String authorization() {
    for (HttpHeader h : headers) {
      if (h.is("authorization")) {
        return h.value();
      }
    }
    throw new IllegalStateException("no Authorization header");
  }

  /** Shows the signature and the headers, with secret values masked. */
  @Override
  public String toString() {
    return "SigningDetails[signature=" + signature + ", headers=" + headers + "]";
  }
}
