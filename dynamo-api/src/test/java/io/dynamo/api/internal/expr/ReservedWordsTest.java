package io.dynamo.api.internal.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReservedWordsTest {

  /** The list the constants were generated from (scripts/generate-reserved-words). */
  private static Set<String> listedWords() throws IOException {
    Set<String> words = new HashSet<>();
    try (InputStream in =
            ReservedWordsTest.class.getResourceAsStream("dynamodb-reserved-words.txt");
        BufferedReader reader =
            new BufferedReader(
                new InputStreamReader(assertNotNullStream(in), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          assertTrue(words.add(line.toUpperCase(Locale.ROOT)), "listed twice: " + line);
        }
      }
    }
    return words;
  }

  private static InputStream assertNotNullStream(InputStream in) {
    assertNotNull(in, "test resource dynamodb-reserved-words.txt is missing");
    return in;
  }

  @Test
  void constantsEqualTheListedWords() throws IOException {
    Set<String> listed = listedWords();
    assertEquals(573, listed.size());
    assertEquals(listed, ReservedWords.WORDS);
  }

  @Test
  void everyListedWordIsReservedInAnyCase() throws IOException {
    for (String word : listedWords()) {
      assertTrue(ReservedWords.isReserved(word), word);
      assertTrue(ReservedWords.isReserved(word.toLowerCase(Locale.ROOT)), word);
      String mixed = word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
      assertTrue(ReservedWords.isReserved(mixed), mixed);
    }
  }

  @Test
  void otherNamesAreNotReserved() {
    assertFalse(ReservedWords.isReserved("Foobar"));
    assertFalse(ReservedWords.isReserved("amount"));
    assertFalse(ReservedWords.isReserved(""));
    // Unicode case folding would turn these into STATUS and INDEX; DynamoDB's check is ASCII
    assertFalse(ReservedWords.isReserved("ſtatus"));
    assertFalse(ReservedWords.isReserved("ındex"));
  }
}
