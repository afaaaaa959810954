/**
 * Test support for the dynamo modules: a {@link io.dynamo.testkit.Dynalite} server started and
 * stopped by the JVM, a JUnit 5 {@link io.dynamo.testkit.DynaliteExtension} that shares one server
 * per JVM, a scriptable {@link io.dynamo.testkit.StubServer} for fault injection (plain HTTP or TLS
 * with a {@link io.dynamo.testkit.SelfSignedCertificate}), an HTTP {@link
 * io.dynamo.testkit.ForwardProxy}, and a {@link io.dynamo.testkit.ModelChecker} that checks JSON
 * against the official DynamoDB API model.
 *
 * <p>JUnit is needed only by {@link io.dynamo.testkit.DynaliteExtension}; code that merely starts
 * dynalite (a demo) runs without it.
 */
module io.dynamo.testkit {
  requires com.fasterxml.jackson.core;
  requires static org.junit.jupiter.api;

  exports io.dynamo.testkit;
}
