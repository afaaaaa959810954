package io.dynamo.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceModelTest {
  private final ServiceModel model = ServiceModel.dynamoDb();

  @Test
  void hasDynamoDbsFiftyEightOperationsAndItsTargetPrefix() {
    assertEquals(58, model.operations().size());
    assertEquals("DynamoDB_20120810", model.targetPrefix());
    assertEquals("2012-08-10", model.apiVersion());
    assertEquals("BatchExecuteStatement", model.operations().get(0));
    assertTrue(model.operations().containsAll(List.of("TransactWriteItems", "UpdateTimeToLive")));
    assertTrue(model.hasOperation("GetItem"));
    assertFalse(model.hasOperation("getItem"));
  }

  @Test
  void namesEachOperationsInputOutputAndErrorShapes() {
    assertEquals(Optional.of("PutItemInput"), model.inputShape("PutItem"));
    assertEquals(Optional.of("PutItemOutput"), model.outputShape("PutItem"));
    assertEquals(Optional.empty(), model.outputShape("TagResource"));
    assertTrue(model.errorShapes("PutItem").contains("ConditionalCheckFailedException"));
    assertTrue(model.hasShape("AttributeValue"));
  }

  @Test
  void rejectsUnknownOperationsWithAHint() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> model.inputShape("PutItems"));

    assertTrue(e.getMessage().contains("Unknown operation 'PutItems'"), e.getMessage());
    assertTrue(e.getMessage().contains("58 operations"), e.getMessage());
  }

  @Test
  void isLoadedOnceAndCached() {
    assertSame(ServiceModel.dynamoDb(), ServiceModel.dynamoDb());
    assertSame(ModelChecker.dynamoDb(), ModelChecker.dynamoDb());
  }

  @Test
  void loadsTheBundledModelQuickly() throws Exception {
    try (InputStream in = ServiceModel.class.getResourceAsStream("model/service-2.json")) {
      long start = System.nanoTime();
      ServiceModel fresh = ServiceModel.read(in);
      long millis = (System.nanoTime() - start) / 1_000_000;

      System.out.println("service-2.json parsed in " + millis + " ms");
      assertEquals(58, fresh.operations().size());
    }
  }

  @Test
  void bundlesTheModelsLicence() throws Exception {
    try (InputStream in = ServiceModel.class.getResourceAsStream("model/LICENSE.txt")) {
      String licence = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(licence.contains("Apache License"));
    }
  }

  @Test
  void readsOtherModelsAndTheirUnionFlags() {
    String json =
        "{\"metadata\":{\"targetPrefix\":\"Toy_1\",\"apiVersion\":\"1\"},"
            + "\"operations\":{\"Ping\":{\"input\":{\"shape\":\"PingIn\"}}},"
            + "\"shapes\":{\"PingIn\":{\"type\":\"structure\",\"members\":{"
            + "\"Choice\":{\"shape\":\"Choice\"}}},"
            + "\"Choice\":{\"type\":\"structure\",\"union\":true,\"members\":{"
            + "\"A\":{\"shape\":\"Str\"},\"B\":{\"shape\":\"Str\"}}},"
            + "\"Str\":{\"type\":\"string\"}}}";
    ServiceModel toy =
        ServiceModel.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    ModelChecker checker = ModelChecker.of(toy, Set.of());

    assertEquals(List.of("Ping"), toy.operations());
    assertEquals(List.of(), checker.validateInput("Toy_1.Ping", "{\"Choice\":{\"A\":\"x\"}}"));
    assertEquals(
        Violation.Rule.UNION,
        checker.validateInput("Ping", "{\"Choice\":{\"A\":\"x\",\"B\":\"y\"}}").get(0).rule());
  }

  @Test
  void rejectsTextThatIsNotAModel() {
    assertThrows(
        UncheckedIOException.class,
        () -> ServiceModel.read(new ByteArrayInputStream("[1]".getBytes(StandardCharsets.UTF_8))));
  }
}
