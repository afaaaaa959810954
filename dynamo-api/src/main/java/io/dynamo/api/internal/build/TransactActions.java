package io.dynamo.api.internal.build;

import io.dynamo.api.error.InvalidRequestException;
import java.util.function.Supplier;

/**
 * The making of the actions of a transaction by the builders of TransactWriteItems and
 * TransactGetItems: how many there may be, and the path of a bad field in one of them.
 */
public final class TransactActions {
  /** Most actions in one transaction. */
  public static final int MAX_ACTIONS = 100;

  private TransactActions() {}

  /**
   * DynamoDB's member name for an action with these members: Put, Update, Delete or ConditionCheck.
   */
  public static String member(Object put, Object update, Object delete) {
    if (put != null) {
      return "Put";
    }
    if (update != null) {
      return "Update";
    }
    if (delete != null) {
      return "Delete";
    }
    return "ConditionCheck";
  }

  /**
   * Makes action {@code index}; a bad field is named by its path in the request, such as {@code
   * TransactItems[2].Update.Key}.
   */
  public static <T> T action(int index, String member, Supplier<T> make) {
    try {
      return make.get();
    } catch (InvalidRequestException e) {
      throw e.inside("TransactItems[" + index + "]." + member);
    }
  }
}
