package com.execreports.sources;

import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A tally fed one DynamoDB item at a time. */
public interface ItemTally extends SourceTally {

    void fold(Map<String, AttributeValue> item);
}
