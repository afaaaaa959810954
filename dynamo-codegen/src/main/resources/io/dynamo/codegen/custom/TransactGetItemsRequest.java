// Members written by hand, spliced into the generated TransactGetItemsRequest.
import io.dynamo.api.internal.build.TransactActions;

  /** Most reads in one transaction. */
  public static final int MAX_GETS = TransactActions.MAX_ACTIONS;
