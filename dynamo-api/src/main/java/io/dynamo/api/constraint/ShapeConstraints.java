package io.dynamo.api.constraint;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A generated structure, request or response with its members as DynamoDB's model constrains them.
 *
 * @param shape the model's shape name, such as {@code CreateTableInput} for {@code
 *     CreateTableRequest} or {@code ProvisionedThroughput}
 * @param type the generated Java type
 * @param members every member of the model's shape, in the model's order (that of the record's
 *     components)
 */
public record ShapeConstraints(String shape, Class<?> type, List<MemberConstraints> members) {

  /** Checks that the shape and type are given, and copies the members. */
  public ShapeConstraints {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(type, "type");
    members = List.copyOf(members);
  }

  /** The member with the model's (wire) name {@code name}, such as {@code TableName}. */
  public Optional<MemberConstraints> member(String name) {
    for (MemberConstraints m : members) {
      if (m.name().equals(name)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
