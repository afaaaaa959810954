package io.dynamo.benchmarks;

import static io.dynamo.benchmarks.Fixtures.PAGE_SIZE;
import static io.dynamo.benchmarks.Fixtures.PK_VALUE;
import static io.dynamo.benchmarks.Fixtures.SK_VALUE;
import static io.dynamo.benchmarks.Fixtures.TABLE;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.Page;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The AWS SDK's enhanced client on the benchmark item: mutable beans (it maps no records) with a
 * {@link StaticTableSchema} of getters and setters, the SDK's fastest schema and the one that, as
 * ours, uses no reflection (a {@code BeanTableSchema} introspects the beans at run time).
 */
final class EnhancedSide {
  private EnhancedSide() {}

  /** The item's coordinates. */
  public static final class Geo {
    private BigDecimal lat;
    private BigDecimal lon;

    public BigDecimal getLat() {
      return lat;
    }

    public void setLat(BigDecimal lat) {
      this.lat = lat;
    }

    public BigDecimal getLon() {
      return lon;
    }

    public void setLon(BigDecimal lon) {
      this.lon = lon;
    }
  }

  /** The item's address. */
  public static final class Address {
    private String street;
    private String city;
    private String zip;
    private Geo geo;

    public String getStreet() {
      return street;
    }

    public void setStreet(String street) {
      this.street = street;
    }

    public String getCity() {
      return city;
    }

    public void setCity(String city) {
      this.city = city;
    }

    public String getZip() {
      return zip;
    }

    public void setZip(String zip) {
      this.zip = zip;
    }

    public Geo getGeo() {
      return geo;
    }

    public void setGeo(Geo geo) {
      this.geo = geo;
    }
  }

  /** The item. */
  public static final class User {
    private String pk;
    private String sk;
    private String name;
    private String email;
    private Integer age;
    private BigDecimal balance;
    private String created;
    private Boolean active;
    private Address address;
    private List<BigDecimal> scores;
    private Set<String> tags;

    public String getPk() {
      return pk;
    }

    public void setPk(String pk) {
      this.pk = pk;
    }

    public String getSk() {
      return sk;
    }

    public void setSk(String sk) {
      this.sk = sk;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public Integer getAge() {
      return age;
    }

    public void setAge(Integer age) {
      this.age = age;
    }

    public BigDecimal getBalance() {
      return balance;
    }

    public void setBalance(BigDecimal balance) {
      this.balance = balance;
    }

    public String getCreated() {
      return created;
    }

    public void setCreated(String created) {
      this.created = created;
    }

    public Boolean getActive() {
      return active;
    }

    public void setActive(Boolean active) {
      this.active = active;
    }

    public Address getAddress() {
      return address;
    }

    public void setAddress(Address address) {
      this.address = address;
    }

    public List<BigDecimal> getScores() {
      return scores;
    }

    public void setScores(List<BigDecimal> scores) {
      this.scores = scores;
    }

    public Set<String> getTags() {
      return tags;
    }

    public void setTags(Set<String> tags) {
      this.tags = tags;
    }
  }

  static final StaticTableSchema<Geo> GEO =
      StaticTableSchema.builder(Geo.class)
          .newItemSupplier(Geo::new)
          .addAttribute(
              BigDecimal.class, a -> a.name("lat").getter(Geo::getLat).setter(Geo::setLat))
          .addAttribute(
              BigDecimal.class, a -> a.name("lon").getter(Geo::getLon).setter(Geo::setLon))
          .build();

  static final StaticTableSchema<Address> ADDRESS =
      StaticTableSchema.builder(Address.class)
          .newItemSupplier(Address::new)
          .addAttribute(
              String.class,
              a -> a.name("street").getter(Address::getStreet).setter(Address::setStreet))
          .addAttribute(
              String.class, a -> a.name("city").getter(Address::getCity).setter(Address::setCity))
          .addAttribute(
              String.class, a -> a.name("zip").getter(Address::getZip).setter(Address::setZip))
          .addAttribute(
              EnhancedType.documentOf(Geo.class, GEO),
              a -> a.name("geo").getter(Address::getGeo).setter(Address::setGeo))
          .build();

  static final StaticTableSchema<User> USER =
      StaticTableSchema.builder(User.class)
          .newItemSupplier(User::new)
          .addAttribute(
              String.class,
              a ->
                  a.name("pk")
                      .getter(User::getPk)
                      .setter(User::setPk)
                      .tags(StaticAttributeTags.primaryPartitionKey()))
          .addAttribute(
              String.class,
              a ->
                  a.name("sk")
                      .getter(User::getSk)
                      .setter(User::setSk)
                      .tags(StaticAttributeTags.primarySortKey()))
          .addAttribute(
              String.class, a -> a.name("name").getter(User::getName).setter(User::setName))
          .addAttribute(
              String.class, a -> a.name("email").getter(User::getEmail).setter(User::setEmail))
          .addAttribute(Integer.class, a -> a.name("age").getter(User::getAge).setter(User::setAge))
          .addAttribute(
              BigDecimal.class,
              a -> a.name("balance").getter(User::getBalance).setter(User::setBalance))
          .addAttribute(
              String.class,
              a -> a.name("created").getter(User::getCreated).setter(User::setCreated))
          .addAttribute(
              Boolean.class, a -> a.name("active").getter(User::getActive).setter(User::setActive))
          .addAttribute(
              EnhancedType.documentOf(Address.class, ADDRESS),
              a -> a.name("address").getter(User::getAddress).setter(User::setAddress))
          .addAttribute(
              EnhancedType.listOf(BigDecimal.class),
              a -> a.name("scores").getter(User::getScores).setter(User::setScores))
          .addAttribute(
              EnhancedType.setOf(String.class),
              a -> a.name("tags").getter(User::getTags).setter(User::setTags))
          .build();

  static DynamoDbTable<User> table(DynamoDbClient client) {
    return DynamoDbEnhancedClient.builder().dynamoDbClient(client).build().table(TABLE, USER);
  }

  static User getItem(DynamoDbTable<User> table) {
    return table.getItem(Key.builder().partitionValue(PK_VALUE).sortValue(SK_VALUE).build());
  }

  static void putItem(DynamoDbTable<User> table, User user) {
    table.putItem(user);
  }

  /** The first page of the query (the page iterable is lazy: one request). */
  static Page<User> query(DynamoDbTable<User> table) {
    return table
        .query(
            QueryEnhancedRequest.builder()
                .queryConditional(
                    QueryConditional.keyEqualTo(Key.builder().partitionValue(PK_VALUE).build()))
                .limit(PAGE_SIZE)
                .build())
        .iterator()
        .next();
  }
}
