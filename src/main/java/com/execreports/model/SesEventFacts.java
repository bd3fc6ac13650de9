package com.execreports.model;

import java.util.List;

/**
 * What the SES event records an account publishes to S3 (through Firehose) say of its sending over the period: per
 * configuration set, sender domain and campaign, how many messages were sent, delivered, bounced, complained of,
 * opened and clicked. Each message counts once per outcome, however often it was opened or clicked.
 *
 * @param periodDays the days before the run the events were counted over (each by its own timestamp)
 * @param objects    event objects read
 * @param events     event records read in the period
 * @param streams    one per configuration set, sender domain and campaign, sorted
 */
public record SesEventFacts(String bucket, String prefix, String campaignTag, int periodDays, long objects, long events,
                            List<Stream> streams) implements SourceData {

    public SesEventFacts {
        streams = List.copyOf(streams);
    }

    /**
     * @param configurationSet the mail's {@code ses:configuration-set} tag, "" when it had none
     * @param senderDomain     the domain of the mail's source address, lower case
     * @param campaign         the value of the campaign tag, "" when untagged
     * @param hardBounces      Permanent bounces: the address does not exist, SES suppresses it
     * @param softBounces      Transient and Undetermined bounces
     * @param opened           messages opened at least once
     * @param clicked          messages with at least one link clicked
     */
    public record Stream(String configurationSet, String senderDomain, String campaign, long sent, long delivered,
                         long hardBounces, long softBounces, long complaints, long opened, long clicked) {

        public long bounces() {
            return hardBounces + softBounces;
        }
    }
}
