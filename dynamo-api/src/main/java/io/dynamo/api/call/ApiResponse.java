package io.dynamo.api.call;

import io.dynamo.api.error.Operation;
import io.dynamo.api.internal.json.Reads;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.codec.CodecRegistry;
import io.dynamo.codec.Item;
import io.dynamo.codec.MalformedJsonException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The successful answer to a call: its HTTP response and the attempts it took. Failures are
 * exceptions, not responses.
 */
public final class ApiResponse {
  private final Operation operation;
  private final HttpResponse http;
  private final int attempts;

  private ApiResponse(Operation operation, HttpResponse http, int attempts) {
    this.operation = Objects.requireNonNull(operation, "operation");
    this.http = Objects.requireNonNull(http, "http");
    this.attempts = attempts;
  }

  /** A response to {@code operation} received on attempt number {@code attempts}. */
  public static ApiResponse of(Operation operation, HttpResponse http, int attempts) {
    return new ApiResponse(operation, http, attempts);
  }

  /** The operation called. */
  public Operation operation() {
    return operation;
  }

  /** The HTTP response. */
  public HttpResponse http() {
    return http;
  }

  /** The UTF-8 JSON body; shared, must not be modified. */
  public byte[] body() {
    return http.body();
  }

  /** The JSON body as text. */
  public String bodyText() {
    return new String(http.body(), StandardCharsets.UTF_8);
  }

  /** The {@code x-amzn-RequestId} DynamoDB gave the call. */
  public Optional<String> requestId() {
    return http.header("x-amzn-RequestId");
  }

  /** How many attempts the call took (1 when the first succeeded). */
  public int attempts() {
    return attempts;
  }

  /**
   * The item (a map of attribute values in DynamoDB JSON) under the top-level member {@code member}
   * of the body, such as GetItem's {@code Item} or an unknown operation's own; empty when the
   * member is absent or null. Values decode through the default codecs; see {@link #item(String,
   * CodecRegistry)}.
   *
   * @throws MalformedJsonException if the body is not a JSON object or the member not an item
   */
  public Optional<Item> item(String member) {
    return item(member, CodecRegistry.defaults());
  }

  /** {@link #item(String)} with values decoded through {@code codecs}. */
  public Optional<Item> item(String member, CodecRegistry codecs) {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(codecs, "codecs");
    Item[] found = new Item[1];
    readMember(
        member,
        r -> {
          found[0] = Reads.item(r, codecs);
        });
    return Optional.ofNullable(found[0]);
  }

  /**
   * The items of the array under the top-level member {@code member} of the body, such as Query's
   * {@code Items}; empty when the member is absent or null. Values decode through the default
   * codecs; see {@link #items(String, CodecRegistry)}.
   *
   * @throws MalformedJsonException if the body is not a JSON object or the member not an array of
   *     items
   */
  public List<Item> items(String member) {
    return items(member, CodecRegistry.defaults());
  }

  /** {@link #items(String)} with values decoded through {@code codecs}. */
  public List<Item> items(String member, CodecRegistry codecs) {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(codecs, "codecs");
    @SuppressWarnings("unchecked")
    List<Item>[] found = new List[] {List.of()};
    readMember(
        member,
        r -> {
          found[0] = Reads.items(r, codecs);
        });
    return found[0];
  }

  private interface MemberReader {
    void read(io.dynamo.codec.internal.json.AttributeJsonReader r) throws IOException;
  }

  private void readMember(String member, MemberReader reader) {
    try {
      Reads.parse(
          http.body(),
          r -> {
            Reads.object(
                r.parser(),
                name -> {
                  if (!name.equals(member)) {
                    return false;
                  }
                  reader.read(r);
                  return true;
                });
            return null;
          });
    } catch (MalformedJsonException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new MalformedJsonException(
          "the member "
              + member
              + " of the "
              + operation
              + " response could not be read: "
              + e.getMessage(),
          e);
    }
  }

  @Override
  public String toString() {
    return "ApiResponse["
        + operation
        + ", "
        + http.statusCode()
        + ", "
        + http.body().length
        + " bytes, attempts="
        + attempts
        + "]";
  }
}
