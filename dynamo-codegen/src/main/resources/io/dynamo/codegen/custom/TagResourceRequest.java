// Members written by hand, spliced into the generated TagResourceRequest.
import java.util.Map;

  /** Adds {@code tags} (in the map's order) to the table or index with ARN {@code resourceArn}. */
  public static TagResourceRequest of(String resourceArn, Map<String, String> tags) {
    return builder().resourceArn(resourceArn).tags(tags).build();
  }
