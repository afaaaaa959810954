package io.dynamo.sign.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Working state of one signature: a SHA-256 digest from the JVM's security providers, an {@link
 * HmacSha256} on it (or on the JCA's {@code Mac}) and the buffers of the canonical request. Neither
 * a {@code MessageDigest} nor a {@code Mac} is thread-safe, and they cost more to create than a
 * whole warm signature, so scratches are reused; a {@code Mac} stays initialised with the last
 * signing key, so a warm signature does not initialise it again.
 *
 * <p>They are lent from a small striped pool rather than kept in a {@code ThreadLocal}: a thread
 * finds its own slot's scratch again and again, and short-lived threads (a virtual thread per
 * request, say) reuse scratches instead of building a digest each. Borrowing empties the slot, so a
 * scratch is only ever used by one signature at a time; when the slot is empty (another thread of
 * the same stripe is signing) a fresh scratch is made, and dropped if the slot is full again on
 * return.
 */
public final class SignerScratch {
  private static final int KEEP_BUFFER_BYTES = 64 * 1024;
  private static final int STRIPES = stripes(Runtime.getRuntime().availableProcessors());
  private static final AtomicReferenceArray<SignerScratch> POOL =
      new AtomicReferenceArray<>(STRIPES);

  /** The SHA-256 digest; reset after every {@code digest()}. */
  public final MessageDigest sha256;

  /** The HMAC-SHA256 of this scratch. */
  public final HmacSha256 hmac;

  /** The canonical request being built. */
  public final AsciiBuilder canonical = new AsciiBuilder(1024);

  /** The string to sign being built. */
  public final AsciiBuilder stringToSign = new AsciiBuilder(256);

  /** The request's authorization header being built. */
  public final AsciiBuilder authorization = new AsciiBuilder(256);

  /** 32 bytes for a digest or a MAC. */
  public final byte[] hash = new byte[32];

  /** 64 bytes for the payload hash in hex. */
  public final byte[] payloadHex = new byte[64];

  /** Header names as given, in the request's order then sorted. */
  public String[] names = new String[16];

  /** Trimmed header values, parallel to {@link #names}. */
  public String[] values = new String[16];

  private int[] nameOffsets = new int[16];
  private final TextCache text = new TextCache();

  private SignerScratch() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This JDK lacks SHA-256", e);
    }
    hmac = HmacSha256.on(sha256);
  }

  /** Borrows a scratch, with empty buffers; give it back with {@link #release()}. */
  public static SignerScratch acquire() {
    SignerScratch s = POOL.getAndSet(stripe(), null);
    if (s == null) {
      s = new SignerScratch();
    }
    s.canonical.reset();
    s.stringToSign.reset();
    s.authorization.reset();
    return s;
  }

  /** Appends a header name to the canonical request, lower-cased. */
  public void appendName(String name) {
    text.appendName(canonical, name);
  }

  /** Appends a header value to the canonical request, trimmed. */
  public void appendValue(String value) {
    text.appendValue(canonical, value);
  }

  /** Returns this scratch to the pool, unless it grew too big to keep. */
  public void release() {
    if (canonical.capacity() <= KEEP_BUFFER_BYTES) {
      POOL.compareAndSet(stripe(), null, this);
    }
  }

  /** A power of two, at least 8 and at least four slots per processor. */
  static int stripes(int processors) {
    int want = Math.max(8, 4 * processors);
    return Integer.highestOneBit(want - 1) << 1;
  }

  @SuppressWarnings("deprecation") // Thread.getId(): threadId() is Java 19+
  private static int stripe() {
    long id = Thread.currentThread().getId();
    return (int) (id ^ (id >>> 16)) & (STRIPES - 1);
  }

  /** Returns an array for at least {@code n} offsets into the canonical request. */
  public int[] nameOffsets(int n) {
    if (nameOffsets.length < n) {
      nameOffsets = new int[Math.max(n, nameOffsets.length * 2)];
    }
    return nameOffsets;
  }

  /** Makes room for {@code n} headers. */
  public void ensureHeaders(int n) {
    if (names.length < n) {
      names = new String[Math.max(n, names.length * 2)];
      values = new String[names.length];
    }
  }

  /** Writes HMAC-SHA256 of {@code data[0..len)} under {@code key} into {@link #hash}. */
  public void hmacIntoHash(HmacSha256.Key key, byte[] data, int len) {
    hmac.mac(key, data, len, hash);
  }

  /** Writes SHA-256 of {@code data[0..len)} into {@link #hash}. */
  public void sha256IntoHash(byte[] data, int len) {
    sha256.update(data, 0, len);
    try {
      sha256.digest(hash, 0, 32);
    } catch (java.security.DigestException e) {
      throw new IllegalStateException(e);
    }
  }
}
