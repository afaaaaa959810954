package io.dynamo.mapper.samples;

import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Bytes;
import io.dynamo.mapper.Attribute;
import io.dynamo.mapper.DynamoTable;
import io.dynamo.mapper.Nulls;
import io.dynamo.mapper.PartitionKey;
import io.dynamo.mapper.RegistryCodec;
import io.dynamo.mapper.SortKey;
import io.dynamo.mapper.WithCodec;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.UUID;

/** A component of every kind the mapper supports. */
@DynamoTable("everything")
public record Everything(
    @PartitionKey String id,
    @SortKey long version,
    int i,
    long l,
    short s,
    byte b,
    double d,
    float f,
    boolean bool,
    char ch,
    Integer boxedInt,
    Long boxedLong,
    Double boxedDouble,
    Boolean boxedBool,
    BigDecimal decimal,
    BigInteger big,
    Bytes bytes,
    UUID uuid,
    URI uri,
    Instant instant,
    LocalDate date,
    LocalDateTime dateTime,
    LocalTime time,
    Duration duration,
    Year year,
    YearMonth month,
    Order.Status status,
    Optional<String> nickname,
    Optional<Integer> age,
    Optional<Address> home,
    List<String> names,
    List<Integer> numbers,
    Set<String> tags,
    Set<Integer> scores,
    SortedSet<String> sorted,
    Set<Bytes> blobs,
    Map<String, Integer> counts,
    Map<String, List<String>> groups,
    Address address,
    List<Address> addresses,
    Map<String, Address> byName,
    List<List<Address>> grid,
    @WithCodec(MoneyCodec.class) Money price,
    @RegistryCodec Money balance,
    @RegistryCodec List<Money> history,
    AttributeValue raw,
    @Attribute("meta/source") String source,
    @Attribute(value = "note", nulls = Nulls.STORE_NULL) String note,
    Set<String> empty) {}
