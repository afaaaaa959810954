// Members written by hand, spliced into the generated ExecuteStatementRequest.
import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.codec.CodecException;
import io.dynamo.codec.CodecRegistry;
import java.util.ArrayList;

  /**
   * A PartiQL statement with its {@code ?} parameters as plain Java values, encoded with {@link
   * CodecRegistry#defaults()}: {@code of("SELECT * FROM users WHERE id = ?", 42)}.
   *
   * @throws InvalidRequestException naming the parameter a value cannot be encoded for
   */
  public static ExecuteStatementRequest of(String statement, Object... parameters) {
    return builder().statement(statement).parameters(encode(CodecRegistry.defaults(), parameters)).build();
  }

  /** The parameters as attribute values, encoded with {@code codecs}. */
  public static List<AttributeValue> encode(CodecRegistry codecs, Object... parameters) {
    List<AttributeValue> values = new ArrayList<>(parameters.length);
    for (int i = 0; i < parameters.length; i++) {
      Object p = parameters[i];
      try {
        values.add(p instanceof AttributeValue v ? v : codecs.encode(p));
      } catch (CodecException e) {
        throw new InvalidRequestException("Parameters[" + i + "]", e.getMessage(), e);
      }
    }
    return values;
  }
