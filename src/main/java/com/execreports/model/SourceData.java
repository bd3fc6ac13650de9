package com.execreports.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** The bounded summary one source folds its reads into. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = BusinessProfile.class, name = "business-profile"),
        @JsonSubTypes.Type(value = BookingFacts.class, name = "bookings"),
        @JsonSubTypes.Type(value = SubscriptionFacts.class, name = "subscriptions"),
        @JsonSubTypes.Type(value = SiteFacts.class, name = "site")
})
public sealed interface SourceData permits BusinessProfile, BookingFacts, SubscriptionFacts, SiteFacts {
}
