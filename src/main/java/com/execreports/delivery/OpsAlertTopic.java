package com.execreports.delivery;

import java.util.function.Supplier;

import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The ops alerts' second path, which does not depend on SES: one SNS message per alert to the topic in
 * alert.sns-topic-arn. The ARN goes to SNS as the request's topic, never into an endpoint URI — camel-aws2-sns 4.17
 * reads its topic only from its endpoint path, where a '?' in the value would become endpoint options — and the
 * message carries the alert's subject and text only, none of the run's headers as attributes.
 */
public final class OpsAlertTopic {

    private final Supplier<SnsClient> sns;
    private final String topicArn;

    /** @param topicArn checked at start-up as an SNS topic ARN; blank for "no SNS path" */
    public OpsAlertTopic(Supplier<SnsClient> sns, String topicArn) {
        this.sns = sns;
        this.topicArn = topicArn == null ? "" : topicArn.trim();
    }

    public String topicArn() {
        return topicArn;
    }

    public boolean configured() {
        return !topicArn.isEmpty();
    }

    public void publish(OpsAlert alert) {
        sns.get().publish(b -> b.topicArn(topicArn).subject(alert.shortSubject()).message(alert.text()));
    }
}
