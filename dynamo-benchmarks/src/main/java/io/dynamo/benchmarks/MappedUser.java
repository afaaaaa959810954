package io.dynamo.benchmarks;

import io.dynamo.mapper.DynamoTable;
import io.dynamo.mapper.PartitionKey;
import io.dynamo.mapper.SortKey;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The benchmark item as a record mapped by dynamo-mapper ({@code MappedUserSchema} is generated):
 * the 11 attributes of {@code item.json}, its scores all numbers.
 */
@DynamoTable("users")
public record MappedUser(
    @PartitionKey String pk,
    @SortKey String sk,
    String name,
    String email,
    int age,
    BigDecimal balance,
    String created,
    boolean active,
    Address address,
    List<BigDecimal> scores,
    Set<String> tags) {

  /** The nested address, a map. */
  public record Address(String street, String city, String zip, Geo geo) {}

  /** The address's coordinates, a map in the map. */
  public record Geo(BigDecimal lat, BigDecimal lon) {}
}
