/**
 * Test support: {@link io.dynamo.testkit.Dynalite} (a local DynamoDB-compatible server), {@link
 * io.dynamo.testkit.DynaliteExtension} (JUnit 5, one server per JVM), {@link
 * io.dynamo.testkit.StubServer} with {@link io.dynamo.testkit.StubResponse} and {@link
 * io.dynamo.testkit.RecordedRequest} (scripted HTTP responses and faults), and {@link
 * io.dynamo.testkit.ModelChecker} over {@link io.dynamo.testkit.ServiceModel} (requests and
 * responses checked against DynamoDB's published API model).
 *
 * <p>Everything here binds to 127.0.0.1 only.
 */
package io.dynamo.testkit;
