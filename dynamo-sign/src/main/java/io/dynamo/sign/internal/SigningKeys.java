package io.dynamo.sign.internal;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Derives SigV4 signing keys and caches them per (date, region, service, secret).
 *
 * <p>One instance belongs to one signer, so region and service are fixed and the cache is keyed by
 * secret, each entry remembering its date. A warm signature is then one map lookup instead of four
 * HMACs. The cache is bounded: when more secrets than {@link #MAX_ENTRIES} are in use it starts
 * over.
 */
public final class SigningKeys {
  static final int MAX_ENTRIES = 32;

  private final byte[] region;
  private final byte[] service;
  private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();

  private record Entry(String date, byte[] key) {}

  /** Creates a cache for one region and service. */
  public SigningKeys(String region, String service) {
    this.region = region.getBytes(StandardCharsets.UTF_8);
    this.service = service.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Returns the signing key for a date ({@code yyyyMMdd}) and a secret. The returned array is
   * shared: callers only read it.
   */
  public byte[] key(String date, String secret, SignerScratch scratch) {
    Entry e = cache.get(secret);
    if (e != null && e.date.equals(date)) {
      return e.key;
    }
    byte[] key = derive(date, secret, scratch);
    if (cache.size() >= MAX_ENTRIES) {
      cache.clear();
    }
    cache.put(secret, new Entry(date, key));
    return key;
  }

  private byte[] derive(String date, String secret, SignerScratch s) {
    byte[] k = ("AWS4" + secret).getBytes(StandardCharsets.UTF_8);
    byte[] d = date.getBytes(StandardCharsets.US_ASCII);
    k = s.hmac(k, d, d.length);
    k = s.hmac(k, region, region.length);
    k = s.hmac(k, service, service.length);
    byte[] term = "aws4_request".getBytes(StandardCharsets.US_ASCII);
    return s.hmac(k, term, term.length);
  }
}
