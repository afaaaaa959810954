package io.dynamo.sign.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.sign.SecretLeakGuard;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SecretLeakGuard.class)
class SmallXmlTest {
  private static Map<String, String> leaves(String xml) throws SmallXml.XmlException {
    return SmallXml.leaves(xml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void leavesByPathWithLocalNamesEntitiesAndCdata() throws Exception {
    Map<String, String> m =
        leaves(
            "<?xml version=\"1.0\"?>\n<!-- c --><s:A xmlns:s=\"u\"><B x='1'> a &amp; &lt;b&gt; &#65;&#x42;"
                + " </B><C><D><![CDATA[<raw>]]></D><E/></C></s:A>");
    assertEquals(Map.of("A/B", "a & <b> AB", "A/C/D", "<raw>", "A/C/E", ""), m);
  }

  @Test
  void refusesWhatCouldReachOutsideOrIsMalformed() {
    for (String bad :
        new String[] {
          "<!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><a>&e;</a>",
          "<a>&e;</a>",
          "<a><b></a></b>",
          "<a>",
          "text<a/>",
          "<a/><b/>",
          "",
          "<a>&amp</a>",
          "<x>".repeat(20) + "</x>".repeat(20),
        }) {
      SmallXml.XmlException e = assertThrows(SmallXml.XmlException.class, () -> leaves(bad), bad);
      assertTrue(!e.getMessage().contains("passwd"), e.getMessage());
    }
  }
}
