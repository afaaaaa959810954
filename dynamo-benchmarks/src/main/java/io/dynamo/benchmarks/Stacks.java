package io.dynamo.benchmarks;

import io.dynamo.api.spi.Transport;
import io.dynamo.transport.apache.ApacheTransport;
import io.dynamo.transport.jdk.JdkTransport;
import io.dynamo.transport.vertx.VertxTransport;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * The HTTP stacks compared over loopback, each as a pair: our transport and the SDK's HTTP client
 * on the same (or the nearest) library, both on their default settings.
 *
 * <ul>
 *   <li>{@code jdk}: transport-jdk ({@code java.net.http}) and the SDK's url-connection-client
 *       ({@code HttpURLConnection}), the two JDK-only stacks;
 *   <li>{@code apache}: transport-apache and the SDK's apache5-client, both on Apache HttpClient 5;
 *   <li>{@code apache4}: transport-apache and the SDK's default apache-client, on HttpClient 4;
 *   <li>{@code vertx}: transport-vertx (Vert.x on Netty) and the SDK's netty-nio-client, both
 *       asynchronous, called through the async clients.
 * </ul>
 */
final class Stacks {
  private Stacks() {}

  /** Whether the stack is called through the asynchronous clients. */
  static boolean async(String stack) {
    return stack.equals("vertx");
  }

  /** Our transport for the stack. */
  static Transport ours(String stack) {
    return switch (stack) {
      case "jdk" -> JdkTransport.create();
      case "apache", "apache4" -> ApacheTransport.create();
      case "vertx" -> VertxTransport.create();
      default -> throw new IllegalArgumentException("no stack " + stack);
    };
  }

  /** The SDK's synchronous HTTP client for the stack. */
  static SdkHttpClient sdkSync(String stack) {
    return switch (stack) {
      case "jdk" -> UrlConnectionHttpClient.create();
      case "apache" -> Apache5HttpClient.create();
      case "apache4" -> ApacheHttpClient.create();
      default -> throw new IllegalArgumentException("no synchronous SDK client for " + stack);
    };
  }

  /** The SDK's asynchronous HTTP client for the stack. */
  static SdkAsyncHttpClient sdkAsync(String stack) {
    if (!stack.equals("vertx")) {
      throw new IllegalArgumentException("no asynchronous SDK client for " + stack);
    }
    return NettyNioAsyncHttpClient.create();
  }
}
