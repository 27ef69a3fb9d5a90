package org.sportello.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void writesNestedDocumentsThatAParserReadsBack() throws Exception {
        String text = new JsonWriter().beginObject()
                .field("name", "Centro per l'Impiego \"Bologna\"\\Nord")
                .field("count", 3)
                .name("ok").value(true)
                .name("none").value((String) null)
                .name("items").beginArray()
                .beginObject().field("code", "A001").endObject()
                .beginObject().field("code", "B002").endObject()
                .value(42)
                .endArray()
                .name("empty").beginArray().endArray()
                .endObject().toString();
        JsonNode doc = JSON.readTree(text);
        assertThat(doc.get("name").asText()).isEqualTo("Centro per l'Impiego \"Bologna\"\\Nord");
        assertThat(doc.get("count").asInt()).isEqualTo(3);
        assertThat(doc.get("ok").asBoolean()).isTrue();
        assertThat(doc.get("none").isNull()).isTrue();
        assertThat(doc.get("items")).hasSize(3);
        assertThat(doc.get("items").get(1).get("code").asText()).isEqualTo("B002");
        assertThat(doc.get("items").get(2).asInt()).isEqualTo(42);
        assertThat(doc.get("empty")).isEmpty();
    }

    @Test
    void escapesControlCharactersAndKeepsUnicode() throws Exception {
        String tricky = "riga 1\nriga 2\tè € \u0001 \r";
        String text = new JsonWriter().beginObject().field("text", tricky).endObject().toString();
        assertThat(text).doesNotContain("\n").contains("\\u0001");
        assertThat(JSON.readTree(text).get("text").asText()).isEqualTo(tricky);
    }

    @Test
    void refusesMalformedSequences() {
        assertThatThrownBy(() -> new JsonWriter().beginObject().toString()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new JsonWriter().name("x")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new JsonWriter().beginObject().name("a").endObject())
                .isInstanceOf(IllegalStateException.class);
    }
}
