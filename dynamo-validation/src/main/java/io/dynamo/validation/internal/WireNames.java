package io.dynamo.validation.internal;

import io.dynamo.api.constraint.MemberConstraints;
import io.dynamo.api.constraint.ModelConstraints;
import io.dynamo.api.constraint.ShapeConstraints;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Tells Bean Validation that the generated records' accessors ({@code tableName()}) are the
 * properties of the model's members, named as on the wire ({@code TableName}), so that violation
 * paths read as DynamoDB's documentation does: {@code TransactItems[3].Update.Key}.
 */
final class WireNames implements GetterPropertySelectionStrategy {
  private final Map<String, String> wireByJava = new HashMap<>();
  private final Map<String, String> javaByWire = new HashMap<>();

  WireNames() {
    for (ShapeConstraints shape : ModelConstraints.all()) {
      for (MemberConstraints m : shape.members()) {
        String before = wireByJava.putIfAbsent(m.javaName(), m.name());
        if (before != null && !before.equals(m.name())) {
          throw new IllegalStateException(
              m.javaName() + " stands for both " + before + " and " + m.name());
        }
        javaByWire.putIfAbsent(m.name(), m.javaName());
      }
    }
  }

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    if (executable.getParameterTypes().length != 0 || executable.getReturnType() == void.class) {
      return Optional.empty();
    }
    return Optional.ofNullable(wireByJava.get(executable.getName()));
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    String java = javaByWire.get(propertyName);
    return java == null ? List.of() : List.of(java);
  }
}
