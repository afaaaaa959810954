package io.dynamo.testkit;

import io.dynamo.testkit.internal.ModelData;
import io.dynamo.testkit.internal.ModelReader;
import io.dynamo.testkit.internal.Shape;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * An AWS API model in the {@code service-2.json} format, as published in AWS's SDKs; {@link
 * #dynamoDb()} is DynamoDB's (API version 2012-08-10, 58 operations), bundled with this kit under
 * the Apache License 2.0.
 *
 * <p>Immutable and thread-safe. Loading parses about 0.5 MB of JSON, so {@link #dynamoDb()} loads
 * once per JVM and caches it.
 */
public final class ServiceModel {
  private static final String DYNAMODB = "/io/dynamo/testkit/model/service-2.json";

  private final ModelData data;

  private ServiceModel(ModelData data) {
    this.data = data;
  }

  /** DynamoDB's model, loaded on first call and shared afterwards. */
  public static ServiceModel dynamoDb() {
    return DynamoDbHolder.MODEL;
  }

  /**
   * Reads a model in the {@code service-2.json} format (the stream is not closed).
   *
   * @throws UncheckedIOException if the stream cannot be read or is not such a model
   */
  public static ServiceModel read(InputStream json) {
    try {
      return new ServiceModel(ModelReader.read(json));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the service model: " + e.getMessage(), e);
    }
  }

  /** The {@code X-Amz-Target} prefix, e.g. {@code DynamoDB_20120810}. */
  public String targetPrefix() {
    return data.targetPrefix();
  }

  /** The API version, e.g. {@code 2012-08-10}. */
  public String apiVersion() {
    return data.apiVersion();
  }

  /** All operation names, in model order (alphabetical for DynamoDB). */
  public List<String> operations() {
    return List.copyOf(data.operations().keySet());
  }

  /** Whether the model has the named operation. */
  public boolean hasOperation(String operation) {
    return data.operations().containsKey(operation);
  }

  /** The input shape of an operation; empty when it takes no input members. */
  public Optional<String> inputShape(String operation) {
    return Optional.ofNullable(operation(operation).input());
  }

  /** The output shape of an operation; empty when it returns no members ({@code {}}). */
  public Optional<String> outputShape(String operation) {
    return Optional.ofNullable(operation(operation).output());
  }

  /** The error shapes an operation declares. */
  public List<String> errorShapes(String operation) {
    return operation(operation).errors();
  }

  /** Whether the model has a shape of this name. */
  public boolean hasShape(String shape) {
    return data.shapes().containsKey(shape);
  }

  ModelData.Operation operation(String operation) {
    ModelData.Operation op = data.operations().get(operation);
    if (op == null) {
      throw new IllegalArgumentException(
          "Unknown operation '"
              + operation
              + "': "
              + (data.serviceId().isEmpty() ? "the model" : data.serviceId())
              + " has "
              + data.operations().size()
              + " operations, named like "
              + String.join(", ", data.operations().keySet().stream().limit(3).toList())
              + ", ...");
    }
    return op;
  }

  Shape shape(String name) {
    Shape shape = data.shapes().get(name);
    if (shape == null) {
      throw new IllegalArgumentException("Unknown shape '" + name + "'");
    }
    return shape;
  }

  @Override
  public String toString() {
    return "ServiceModel["
        + data.serviceId()
        + " "
        + data.apiVersion()
        + ", "
        + data.operations().size()
        + " operations, "
        + data.shapes().size()
        + " shapes]";
  }

  private static final class DynamoDbHolder {
    static final ServiceModel MODEL = load();

    private static ServiceModel load() {
      try (InputStream in = ServiceModel.class.getResourceAsStream(DYNAMODB)) {
        if (in == null) {
          throw new IllegalStateException("Missing resource " + DYNAMODB);
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
