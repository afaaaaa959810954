package io.dynamo.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The JMESPath of the waiters' acceptors as Java over the typed responses. */
class WaiterPathsTest {
  private static final Model MODEL = Model.dynamoDb();
  private static final Generator G = new Generator(MODEL, Customizations.load());

  private static WaiterPaths.Value compile(String expression, String root) {
    return WaiterPaths.compile(
        G, MODEL, new Generator.Imports("io.dynamo.api.internal"), expression, root, "r", "test");
  }

  @Test
  void fieldsOfTheResponseAndOfStructuresThatMayBeAbsent() {
    WaiterPaths.Value top =
        compile("ContributorInsightsStatus", "DescribeContributorInsightsOutput");
    assertEquals("r.contributorInsightsStatus()", top.java());
    assertEquals(WaiterPaths.Type.SCALAR, top.type());
    assertEquals(
        "ModelWaiter.get(r.exportDescription(), ExportDescription::exportStatus)",
        compile("ExportDescription.ExportStatus", "DescribeExportOutput").java());
  }

  @Test
  void projectionsFiltersAndLengths() {
    WaiterPaths.Value any =
        compile(
            "KinesisDataStreamDestinations[].DestinationStatus",
            "DescribeKinesisStreamingDestinationOutput");
    assertEquals(WaiterPaths.Type.LIST, any.type());
    assertEquals(
        "ModelWaiter.map(r.kinesisDataStreamDestinations(),"
            + " KinesisDataStreamDestination::destinationStatus)",
        any.java());
    WaiterPaths.Value all =
        compile(
            "length(KinesisDataStreamDestinations) > `0` && length(KinesisDataStreamDestinations"
                + "[?DestinationStatus == 'DISABLED' || DestinationStatus != 'ACTIVE']) == `2`",
            "DescribeKinesisStreamingDestinationOutput");
    assertEquals(WaiterPaths.Type.BOOL, all.type());
    assertEquals(
        "r.kinesisDataStreamDestinations().size() > 0 &&"
            + " ModelWaiter.filter(r.kinesisDataStreamDestinations(), e0 ->"
            + " ModelWaiter.eq(e0.destinationStatus(), \"DISABLED\") ||"
            + " !ModelWaiter.eq(e0.destinationStatus(), \"ACTIVE\")).size() == 2",
        all.java());
  }

  @Test
  void whatItDoesNotKnowFailsTheGenerationNamingIt() {
    IllegalStateException function =
        assertThrows(
            IllegalStateException.class,
            () ->
                compile(
                    "max(KinesisDataStreamDestinations)",
                    "DescribeKinesisStreamingDestinationOutput"));
    assertTrue(function.getMessage().contains("the function max()"), function.getMessage());
    IllegalStateException member =
        assertThrows(
            IllegalStateException.class, () -> compile("Nope.Status", "DescribeExportOutput"));
    assertTrue(member.getMessage().contains("has no member Nope"), member.getMessage());
    IllegalStateException unprojected =
        assertThrows(
            IllegalStateException.class,
            () ->
                compile(
                    "KinesisDataStreamDestinations.DestinationStatus",
                    "DescribeKinesisStreamingDestinationOutput"));
    assertTrue(unprojected.getMessage().contains("without a projection"), unprojected.getMessage());
  }
}
