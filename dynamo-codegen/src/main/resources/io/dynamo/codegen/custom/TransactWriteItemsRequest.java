// Members written by hand, spliced into the generated TransactWriteItemsRequest.
import io.dynamo.api.internal.build.Require;
import io.dynamo.api.internal.build.TransactActions;
import java.util.Arrays;

  /** Most actions in one transaction. */
  public static final int MAX_ACTIONS = TransactActions.MAX_ACTIONS;

  /** A transaction of these actions, with no options. */
  public static TransactWriteItemsRequest of(TransactWriteItem... actions) {
    return builder()
        .actions(Arrays.asList(Require.present("TransactItems", actions, "give 1 to 100 actions")))
        .build();
  }
