package io.dynamo.testkit.internal;

import java.util.List;
import java.util.Map;

/**
 * A loaded service model: metadata, operations and shapes.
 *
 * @param operations by name, in model order
 * @param shapes by name
 */
public record ModelData(
    String targetPrefix,
    String apiVersion,
    String serviceId,
    Map<String, Operation> operations,
    Map<String, Shape> shapes) {

  /**
   * One operation.
   *
   * @param input the input shape name, else {@code null}
   * @param output the output shape name, else {@code null} (the operation returns {@code {}})
   * @param errors the error shape names
   */
  public record Operation(String name, String input, String output, List<String> errors) {}
}
