// Members written by hand, spliced into the generated TableDescription.

  /** The name of the partition key, or {@code null} if the key schema was not reported. */
  public String hashKeyName() {
    return keyName(KeyType.HASH);
  }

  /** The name of the sort key, or {@code null} if the table has none. */
  public String rangeKeyName() {
    return keyName(KeyType.RANGE);
  }

  /** The billing mode, or {@code null} if DynamoDB did not report one. */
  public BillingMode billingMode() {
    return billingModeSummary == null ? null : billingModeSummary.billingMode();
  }

  private String keyName(KeyType type) {
    for (KeySchemaElement e : keySchema) {
      if (type.equals(e.keyType())) {
        return e.attributeName();
      }
    }
    return null;
  }

  /** The table class, or {@code null} if DynamoDB did not report one. */
  public TableClass tableClass() {
    return tableClassSummary == null ? null : tableClassSummary.tableClass();
  }
