package io.dynamo.api.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.dynamo.api.error.AuthenticationFailedException;
import io.dynamo.api.error.CancellationReason;
import io.dynamo.api.error.ConditionalCheckFailedException;
import io.dynamo.api.error.DynamoServiceException;
import io.dynamo.api.error.InternalServerErrorException;
import io.dynamo.api.error.ItemCollectionSizeLimitExceededException;
import io.dynamo.api.error.LimitExceededException;
import io.dynamo.api.error.Operation;
import io.dynamo.api.error.ProvisionedThroughputExceededException;
import io.dynamo.api.error.RequestLimitExceededException;
import io.dynamo.api.error.ResourceInUseException;
import io.dynamo.api.error.ResourceNotFoundException;
import io.dynamo.api.error.ServiceError;
import io.dynamo.api.error.ServiceUnavailableException;
import io.dynamo.api.error.ThrottlingException;
import io.dynamo.api.error.TransactionCanceledException;
import io.dynamo.api.error.TransactionConflictException;
import io.dynamo.api.error.TransactionInProgressException;
import io.dynamo.api.error.ValidationException;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.codec.CodecException;
import io.dynamo.codec.CodecRegistry;
import io.dynamo.codec.Item;
import io.dynamo.codec.internal.json.AttributeJsonReader;
import io.dynamo.codec.internal.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an error response into the matching {@link DynamoServiceException}. The type is read as the
 * AWS JSON 1.0 protocol says: from the {@code X-Amzn-Errortype} header, else the body's {@code
 * code}, else its {@code __type}; of each, the part before any {@code :} (some services append a
 * URL) and after the {@code #} (a namespace). The message is {@code message} or {@code Message}. A
 * body that is not a DynamoDB error still gives a typed exception, chosen by status.
 */
public final class ErrorMapper {

  private ErrorMapper() {}

  /** The exception for an error response to {@code operation}. */
  public static DynamoServiceException map(
      Operation operation, HttpResponse response, CodecRegistry registry) {
    String requestId = response.header("x-amzn-RequestId").orElse(null);
    Parsed parsed = parse(response.body(), registry);
    String type = errorType(response.header("x-amzn-ErrorType").orElse(null));
    if (type == null && parsed != null) {
      type = errorType(parsed.code);
      if (type == null) {
        type = errorType(parsed.type);
      }
    }
    if (type == null) {
      String excerpt = BodyShape.describe(response.body());
      ServiceError error =
          new ServiceError(
              operation,
              response.statusCode(),
              null,
              parsed == null ? excerpt : parsed.message,
              requestId);
      return byStatus(error);
    }
    if (parsed == null) {
      parsed = new Parsed();
      parsed.message = BodyShape.describe(response.body());
    }
    ServiceError error =
        new ServiceError(operation, response.statusCode(), type, parsed.message, requestId);
    return byType(error, parsed);
  }

  /** The shape name in a raw error type: before the first ':', after the '#'; null if none. */
  static String errorType(String raw) {
    if (raw == null) {
      return null;
    }
    int colon = raw.indexOf(':');
    String type = colon >= 0 ? raw.substring(0, colon) : raw;
    type = type.substring(type.lastIndexOf('#') + 1).trim();
    return type.isEmpty() ? null : type;
  }

  private static DynamoServiceException byStatus(ServiceError error) {
    switch (error.statusCode()) {
      case 500:
        return new InternalServerErrorException(error);
      case 502:
      case 503:
      case 504:
        return new ServiceUnavailableException(error);
      case 429:
        return new ThrottlingException(error);
      default:
        return new DynamoServiceException(error);
    }
  }

  private static DynamoServiceException byType(ServiceError error, Parsed parsed) {
    switch (error.errorType()) {
      case "ConditionalCheckFailedException":
        return new ConditionalCheckFailedException(error, parsed.item);
      case "TransactionCanceledException":
        return new TransactionCanceledException(error, parsed.reasons);
      case "ResourceNotFoundException":
      case "TableNotFoundException":
        return new ResourceNotFoundException(error);
      case "ResourceInUseException":
      case "TableInUseException":
        return new ResourceInUseException(error);
      case "ValidationException":
        return new ValidationException(error);
      case "ProvisionedThroughputExceededException":
        return new ProvisionedThroughputExceededException(error);
      case "ThrottlingException":
      case "Throttling":
      case "ThrottledException":
      case "TooManyRequestsException":
        return new ThrottlingException(error);
      case "RequestLimitExceeded":
        return new RequestLimitExceededException(error);
      case "TransactionConflictException":
        return new TransactionConflictException(error);
      case "TransactionInProgressException":
        return new TransactionInProgressException(error);
      case "ItemCollectionSizeLimitExceededException":
        return new ItemCollectionSizeLimitExceededException(error);
      case "LimitExceededException":
        return new LimitExceededException(error);
      case "InternalServerError":
      case "InternalFailure":
        return new InternalServerErrorException(error);
      case "ServiceUnavailable":
      case "ServiceUnavailableException":
        return new ServiceUnavailableException(error);
      case "UnrecognizedClientException":
      case "InvalidSignatureException":
      case "IncompleteSignatureException":
      case "MissingAuthenticationTokenException":
      case "AccessDeniedException":
      case "ExpiredTokenException":
      case "InvalidClientTokenId":
        return new AuthenticationFailedException(error);
      default:
        return new DynamoServiceException(error);
    }
  }

  /** The parts of a DynamoDB error body; null when the body is not a JSON object. */
  private static Parsed parse(byte[] body, CodecRegistry registry) {
    if (body.length == 0) {
      return null;
    }
    Parsed parsed = new Parsed();
    try (JsonParser p = Json.FACTORY.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "__type":
            parsed.type = p.getValueAsString();
            break;
          case "code":
            parsed.code = p.getValueAsString();
            break;
          case "message":
          case "Message":
            parsed.message = value == JsonToken.VALUE_NULL ? null : p.getValueAsString();
            break;
          default:
            p.skipChildren();
        }
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    // The old item and the cancellation reasons are read apart: a value in them this client
    // cannot read must not cost the error its type (catch blocks depend on it).
    try {
      details(body, registry, parsed);
    } catch (IOException | RuntimeException e) {
      parsed.item = null;
      parsed.reasons = List.of();
    }
    return parsed;
  }

  private static void details(byte[] body, CodecRegistry registry, Parsed parsed)
      throws IOException {
    try (JsonParser p = Json.FACTORY.createParser(body)) {
      p.nextToken();
      AttributeJsonReader reader = AttributeJsonReader.over(p, body);
      Item item = null;
      List<CancellationReason> reasons = List.of();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if ("Item".equals(field) && value == JsonToken.START_OBJECT) {
          item = Item.from(reader.readItem(), registry);
        } else if ("CancellationReasons".equals(field) && value == JsonToken.START_ARRAY) {
          reasons = reasons(p, reader, registry);
        } else {
          p.skipChildren();
        }
      }
      parsed.item = item;
      parsed.reasons = reasons;
    }
  }

  private static List<CancellationReason> reasons(
      JsonParser p, AttributeJsonReader reader, CodecRegistry registry) throws IOException {
    List<CancellationReason> reasons = new ArrayList<>();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
      if (t != JsonToken.START_OBJECT) {
        p.skipChildren(); // a null or odd entry still holds its action's place
        reasons.add(new CancellationReason(null, null, null));
        continue;
      }
      String code = null;
      String message = null;
      Item item = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if ("Code".equals(field)) {
          code = p.getValueAsString();
        } else if ("Message".equals(field) || "message".equals(field)) {
          message = p.getValueAsString();
        } else if ("Item".equals(field) && value == JsonToken.START_OBJECT) {
          item = readItemOrNull(reader, registry);
        } else {
          p.skipChildren();
        }
      }
      reasons.add(new CancellationReason(code, message, item));
    }
    return reasons;
  }

  /** An item that cannot be read costs only itself, not the reasons around it. */
  private static Item readItemOrNull(AttributeJsonReader reader, CodecRegistry registry)
      throws IOException {
    JsonParser p = reader.parser();
    JsonStreamContext around = p.getParsingContext().getParent();
    try {
      return Item.from(reader.readItem(), registry);
    } catch (CodecException e) {
      while (p.getParsingContext() != around && p.nextToken() != null) {
        // skip the rest of the item, however deep the bad value sat
      }
      return null;
    }
  }

  private static final class Parsed {
    String type;
    String code;
    String message;
    Item item;
    List<CancellationReason> reasons = List.of();
  }
}
