package com.execreports.sources;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One line of a DynamoDB export's data file ({@code {"Item": {"amount": {"N": "120.5"}, …}}}, DynamoDB JSON) as the
 * item a Scan returns, so the same tally reads a table and its export alike.
 */
public final class DynamoJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    // DynamoDB nests at most 32 levels; deeper is not an item, and recursion must stay bounded
    private static final int MAX_DEPTH = 32;

    private DynamoJson() {
    }

    /** Why a line is not an item: the reason names what was wrong, never quotes the line (it may hold anything). */
    static final class NotAnItem extends Exception {
        NotAnItem(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * One item in DynamoDB JSON ({@code {"id": {"S": "b-1"}, …}}, as {@code aws dynamodb scan} prints its Items) as the
     * SDK's attributes: how bin/demo --seed reads a user's table file.
     *
     * @throws IllegalArgumentException naming what is wrong with it, never quoting it
     */
    public static Map<String, AttributeValue> attributes(JsonNode item) {
        if (item == null || !item.isObject()) {
            throw new IllegalArgumentException("an item must be a JSON object of typed attributes such as {\"id\": {\"S\": \"b-1\"}}");
        }
        try {
            return attributes(item, 1);
        } catch (NotAnItem e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    static Map<String, AttributeValue> item(byte[] line, int length) throws NotAnItem {
        JsonNode root;
        try {
            root = JSON.readTree(line, 0, length);
        } catch (JsonProcessingException e) {
            // Jackson's message quotes the text it choked on, which may be anything: only where it choked
            throw new NotAnItem("not JSON (broken at column " + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr()) + ")");
        } catch (IOException e) {
            throw new NotAnItem("not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new NotAnItem("not a JSON object");
        }
        JsonNode item = root.get("Item");
        if (item == null || !item.isObject()) {
            throw new NotAnItem("no \"Item\" object");
        }
        return attributes(item, 1);
    }

    private static Map<String, AttributeValue> attributes(JsonNode object, int depth) throws NotAnItem {
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), value(e.getKey(), e.getValue(), depth));
        }
        return out;
    }

    /** One typed value, {"S": "…"}: exactly one type key, its content of the shape that type takes. */
    private static AttributeValue value(String name, JsonNode typed, int depth) throws NotAnItem {
        if (depth > MAX_DEPTH) {
            throw new NotAnItem("attribute '" + name + "' nests deeper than " + MAX_DEPTH + " levels");
        }
        if (typed == null || !typed.isObject() || typed.size() != 1) {
            throw new NotAnItem("attribute '" + name + "' is not a typed DynamoDB value");
        }
        Map.Entry<String, JsonNode> only = typed.fields().next();
        JsonNode v = only.getValue();
        return switch (only.getKey()) {
            case "S" -> AttributeValue.fromS(text(name, v));
            case "N" -> AttributeValue.fromN(text(name, v));
            case "B" -> AttributeValue.fromB(bytes(name, v));
            case "BOOL" -> {
                if (!v.isBoolean()) {
                    throw new NotAnItem("attribute '" + name + "' BOOL is not true or false");
                }
                yield AttributeValue.fromBool(v.booleanValue());
            }
            case "NULL" -> AttributeValue.fromNul(true);
            case "M" -> {
                if (!v.isObject()) {
                    throw new NotAnItem("attribute '" + name + "' M is not an object");
                }
                yield AttributeValue.fromM(attributes(v, depth + 1));
            }
            case "L" -> {
                List<AttributeValue> list = new ArrayList<>();
                for (JsonNode element : array(name, v)) {
                    list.add(value(name, element, depth + 1));
                }
                yield AttributeValue.fromL(list);
            }
            case "SS" -> AttributeValue.fromSs(texts(name, v));
            case "NS" -> AttributeValue.fromNs(texts(name, v));
            case "BS" -> {
                List<SdkBytes> list = new ArrayList<>();
                for (JsonNode element : array(name, v)) {
                    list.add(bytes(name, element));
                }
                yield AttributeValue.fromBs(list);
            }
            default -> throw new NotAnItem("attribute '" + name + "' has an unknown type");
        };
    }

    private static String text(String name, JsonNode v) throws NotAnItem {
        if (!v.isTextual()) {
            throw new NotAnItem("attribute '" + name + "' is not a string in DynamoDB JSON");
        }
        return v.textValue();
    }

    private static List<String> texts(String name, JsonNode v) throws NotAnItem {
        List<String> list = new ArrayList<>();
        for (JsonNode element : array(name, v)) {
            list.add(text(name, element));
        }
        return list;
    }

    private static JsonNode array(String name, JsonNode v) throws NotAnItem {
        if (!v.isArray()) {
            throw new NotAnItem("attribute '" + name + "' is not a list");
        }
        return v;
    }

    private static SdkBytes bytes(String name, JsonNode v) throws NotAnItem {
        try {
            return SdkBytes.fromByteArray(Base64.getDecoder().decode(text(name, v)));
        } catch (IllegalArgumentException e) {
            throw new NotAnItem("attribute '" + name + "' is not base64");
        }
    }
}
