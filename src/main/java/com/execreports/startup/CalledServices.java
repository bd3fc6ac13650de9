package com.execreports.startup;

import java.util.ArrayList;
import java.util.List;

import com.execreports.config.AwsEndpoints;

/** The AWS services the service will call with a configuration: every one but SNS, which only an alert topic needs. */
final class CalledServices {

    private CalledServices() {
    }

    static List<String> of(ServiceSettings settings) {
        List<String> called = new ArrayList<>(AwsEndpoints.SERVICES);
        if (settings.value("alert.sns-topic-arn", "").isBlank()) {
            called.remove("sns");
        }
        return called;
    }
}
