// Members written by hand, spliced into the generated TransactWriteItem.

  /** The action that puts an item. */
  public static TransactWriteItem of(TransactPut put) {
    return builder().put(put).build();
  }

  /** The action that updates an item. */
  public static TransactWriteItem of(TransactUpdate update) {
    return builder().update(update).build();
  }

  /** The action that deletes an item. */
  public static TransactWriteItem of(TransactDelete delete) {
    return builder().delete(delete).build();
  }

  /** The action that checks a condition. */
  public static TransactWriteItem of(TransactConditionCheck check) {
    return builder().conditionCheck(check).build();
  }
