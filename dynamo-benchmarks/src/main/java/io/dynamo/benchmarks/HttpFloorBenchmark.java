package io.dynamo.benchmarks;

import io.dynamo.api.spi.HttpRequest;
import io.dynamo.sign.HttpHeader;
import io.dynamo.transport.jdk.JdkTransport;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * The HTTP layers alone, without any DynamoDB client, against the same {@link CannedServer} as
 * {@link LoopbackBenchmark}: one GetItem-sized POST and its canned response per call. It shows what
 * part of a loopback call is the HTTP stack's: a raw socket (the floor: the server and the
 * loopback), {@code java.net.http} called synchronously and asynchronously, our transport-jdk,
 * {@code HttpURLConnection} buffered and in fixed-length streaming mode, and the SDK's
 * url-connection-client.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HttpFloorBenchmark {
  private static final String TARGET = Fixtures.GET_ITEM;
  private static final byte[] BODY =
      ("{\"TableName\":\"users\",\"Key\":{\"pk\":{\"S\":\"user#42\"},\"sk\":{\"S\":\"profile\"}}}")
          .getBytes(StandardCharsets.UTF_8);

  private CannedServer server;
  private URI uri;
  private Socket socket;
  private OutputStream socketOut;
  private InputStream socketIn;
  private byte[] rawRequest;
  private HttpClient jdkClient;
  private java.net.http.HttpRequest jdkRequest;
  private JdkTransport transport;
  private HttpRequest transportRequest;
  private SdkHttpClient sdkHttp;
  private SdkHttpFullRequest sdkRequest;

  /** Starts the server and every client. */
  @Setup
  public void setUp() throws IOException {
    server = new CannedServer();
    uri = URI.create(server.endpoint() + "/");
    socket = new Socket(uri.getHost(), uri.getPort());
    socket.setTcpNoDelay(true);
    socketOut = socket.getOutputStream();
    socketIn = new BufferedInputStream(socket.getInputStream());
    byte[] head =
        ("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Target: "
                + TARGET
                + "\r\nContent-Length: "
                + BODY.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    rawRequest = new byte[head.length + BODY.length];
    System.arraycopy(head, 0, rawRequest, 0, head.length);
    System.arraycopy(BODY, 0, rawRequest, head.length, BODY.length);

    jdkClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    jdkRequest =
        java.net.http.HttpRequest.newBuilder(uri)
            .header("X-Amz-Target", TARGET)
            .timeout(Duration.ofSeconds(10))
            .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(BODY))
            .build();
    transport = JdkTransport.create();
    transportRequest =
        HttpRequest.of("POST", uri, List.of(HttpHeader.of("X-Amz-Target", TARGET)), BODY);
    sdkHttp = UrlConnectionHttpClient.create();
    sdkRequest =
        SdkHttpFullRequest.builder()
            .method(SdkHttpMethod.POST)
            .uri(uri)
            .putHeader("X-Amz-Target", TARGET)
            .putHeader("Content-Length", Integer.toString(BODY.length))
            .build();
  }

  /** Stops everything. */
  @TearDown
  public void tearDown() throws IOException {
    socket.close();
    transport.close();
    sdkHttp.close();
    server.close();
  }

  /** One write of the whole request on a kept-alive socket, then the response read by hand. */
  @Benchmark
  public int rawSocket() throws IOException {
    socketOut.write(rawRequest);
    socketOut.flush();
    int length = -1;
    StringBuilder line = new StringBuilder();
    while (true) {
      int c = socketIn.read();
      if (c == '\n') {
        if (line.length() == 0) {
          break;
        }
        String header = line.toString().toLowerCase(java.util.Locale.ROOT);
        if (header.startsWith("content-length:")) {
          length = Integer.parseInt(header.substring(15).trim());
        }
        line.setLength(0);
      } else if (c != '\r') {
        line.append((char) c);
      }
    }
    return socketIn.readNBytes(length).length;
  }

  /** {@code HttpClient.send}: the JDK's synchronous path. */
  @Benchmark
  public byte[] jdkHttpClientSend() throws Exception {
    return jdkClient.send(jdkRequest, BodyHandlers.ofByteArray()).body();
  }

  /** {@code HttpClient.sendAsync(...).get()}: the asynchronous path, waited for. */
  @Benchmark
  public byte[] jdkHttpClientSendAsyncGet() throws Exception {
    return jdkClient.sendAsync(jdkRequest, BodyHandlers.ofByteArray()).get().body();
  }

  /** Our transport-jdk's {@code execute}, as the client calls it. */
  @Benchmark
  public byte[] transportJdkExecute() {
    return transport.execute(transportRequest, Duration.ofSeconds(10)).body();
  }

  /** {@code HttpURLConnection}, the body buffered and sent with the headers. */
  @Benchmark
  public byte[] urlConnectionBuffered() throws IOException {
    return urlConnection(false);
  }

  /** {@code HttpURLConnection} in fixed-length streaming mode, as the SDK's client uses it. */
  @Benchmark
  public byte[] urlConnectionStreaming() throws IOException {
    return urlConnection(true);
  }

  /** The SDK's url-connection-client through its own SPI. */
  @Benchmark
  public byte[] sdkUrlConnectionClient() throws IOException {
    var response =
        sdkHttp
            .prepareRequest(
                HttpExecuteRequest.builder()
                    .request(sdkRequest)
                    .contentStreamProvider(ContentStreamProvider.fromByteArrayUnsafe(BODY))
                    .build())
            .call();
    try (InputStream in = response.responseBody().orElseThrow()) {
      return in.readAllBytes();
    }
  }

  private byte[] urlConnection(boolean streaming) throws IOException {
    HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
    c.setRequestMethod("POST");
    c.setDoOutput(true);
    c.setRequestProperty("X-Amz-Target", TARGET);
    if (streaming) {
      c.setFixedLengthStreamingMode(BODY.length);
    }
    try (OutputStream out = c.getOutputStream()) {
      out.write(BODY);
    }
    try (InputStream in = c.getInputStream()) {
      return in.readAllBytes();
    }
  }
}
