package io.dynamo.sign;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicktheories.core.Gen;

/**
 * Laws of the signer, checked on generated requests (QuickTheories): the signature does not depend
 * on the order the headers are given in, nor on the case of their names, nor on extra spaces around
 * values.
 */
@ExtendWith(SecretLeakGuard.class)
class SigV4SignerProperties {
  static final SigV4Signer SIGNER =
      SigV4Signer.create(
          "us-east-1",
          "dynamodb",
          Clock.fixed(Instant.parse("2026-11-25T03:04:05Z"), ZoneOffset.UTC));
  static final Credentials CREDS =
      Credentials.of("AKIDEXAMPLE", TestSecrets.SECRET, TestSecrets.TOKEN);
  static final String TOKEN_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.!#$%&'*+^`|~";

  /** Header names: HTTP tokens, distinct ignoring case, none the signer adds or skips. */
  static Gen<List<String>> names() {
    Gen<String> name =
        lists()
            .of(integers().between(0, TOKEN_CHARS.length() - 1))
            .ofSizeBetween(1, 20)
            .map(
                ix -> {
                  StringBuilder b = new StringBuilder("x-");
                  ix.forEach(i -> b.append(TOKEN_CHARS.charAt(i)));
                  return b.toString();
                });
    return lists()
        .of(name)
        .ofSizeBetween(0, 12)
        .map(
            list -> {
              Map<String, String> distinct = new LinkedHashMap<>();
              list.forEach(n -> distinct.putIfAbsent(n.toLowerCase(Locale.ROOT), n));
              return new ArrayList<>(distinct.values());
            });
  }

  static Gen<String> values() {
    return strings().basicLatinAlphabet().ofLengthBetween(0, 40);
  }

  @Test
  void signatureIsIndependentOfHeaderOrderAndNameCase() {
    qt().withExamples(300)
        .forAll(
            names(),
            lists().of(values()).ofSize(12),
            longs().all(),
            strings().basicLatinAlphabet().ofLengthBetween(0, 64))
        .checkAssert(
            (names, values, seed, body) -> {
              List<HttpHeader> headers = new ArrayList<>();
              for (int i = 0; i < names.size(); i++) {
                headers.add(HttpHeader.of(names.get(i), values.get(i)));
              }
              Random random = new Random(seed);
              List<HttpHeader> shuffled = new ArrayList<>();
              for (HttpHeader h : headers) {
                shuffled.add(HttpHeader.of(flipCase(h.name(), random), h.value()));
              }
              Collections.shuffle(shuffled, random);
              byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
              URI uri = URI.create("https://dynamodb.us-east-1.amazonaws.com/");
              String a =
                  SIGNER
                      .details(SignableRequest.of("POST", uri, headers, bytes), CREDS)
                      .authorization();
              String b =
                  SIGNER
                      .details(SignableRequest.of("POST", uri, shuffled, bytes), CREDS)
                      .authorization();
              org.junit.jupiter.api.Assertions.assertEquals(
                  a, b, () -> headers + " vs " + shuffled);
            });
  }

  @Test
  void signatureIsIndependentOfSpacesAroundValues() {
    qt().withExamples(200)
        .forAll(values(), integers().between(0, 3), integers().between(0, 3))
        .checkAssert(
            (value, before, after) -> {
              URI uri = URI.create("https://h.example/");
              String padded = " ".repeat(before) + value.replace(" ", "  ") + "\t".repeat(after);
              String a =
                  SIGNER
                      .details(
                          SignableRequest.of(
                              "POST",
                              uri,
                              List.of(HttpHeader.of("X-V", value.strip().replaceAll(" +", " ")))),
                          CREDS)
                      .signature();
              String b =
                  SIGNER
                      .details(
                          SignableRequest.of("POST", uri, List.of(HttpHeader.of("X-V", padded))),
                          CREDS)
                      .signature();
              org.junit.jupiter.api.Assertions.assertEquals(
                  a, b, () -> "'" + value + "' vs '" + padded + "'");
            });
  }

  private static String flipCase(String name, Random random) {
    StringBuilder b = new StringBuilder(name.length());
    for (char c : name.toCharArray()) {
      b.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
    }
    return b.toString();
  }
}
