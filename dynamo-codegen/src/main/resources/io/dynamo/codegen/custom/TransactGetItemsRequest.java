// Members written by hand, spliced into the generated TransactGetItemsRequest.
import io.dynamo.api.internal.ops.TransactRules;

  /** Most reads in one transaction. */
  public static final int MAX_GETS = TransactRules.MAX_ACTIONS;
