package io.dynamo.transport.apache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.spi.HttpProxy;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHost;
import org.junit.jupiter.api.Test;

class ProxyRoutePlannerTest {
  private final ProxyRoutePlanner planner =
      new ProxyRoutePlanner(HttpProxy.of("proxy.example", 3128).bypassing("*.internal", "10.*"));

  private HttpRoute route(String scheme, String host, int port) throws HttpException {
    return planner.determineRoute(new HttpHost(scheme, host, port), HttpClientContext.create());
  }

  @Test
  void forwardsPlainHttpThroughTheProxy() throws HttpException {
    HttpRoute route = route("http", "dynamodb.eu-west-1.amazonaws.com", 80);

    assertEquals(new HttpHost("http", "proxy.example", 3128), route.getProxyHost());
    assertFalse(route.isTunnelled());
  }

  @Test
  void tunnelsHttpsThroughTheProxy() throws HttpException {
    HttpRoute route = route("https", "dynamodb.eu-west-1.amazonaws.com", 443);

    assertEquals(new HttpHost("http", "proxy.example", 3128), route.getProxyHost());
    assertTrue(route.isSecure());
  }

  @Test
  void goesDirectlyToBypassedHosts() throws HttpException {
    assertEquals(null, route("https", "db.internal", 443).getProxyHost());
    assertEquals(null, route("http", "10.1.2.3", 8000).getProxyHost());
    assertEquals(1, route("http", "10.1.2.3", 8000).getHopCount());
  }
}
