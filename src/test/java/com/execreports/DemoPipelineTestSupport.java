package com.execreports;

import com.execreports.localaws.LocalAws;

import org.junit.jupiter.api.BeforeAll;

/** The service as configured in the project directory, pointed at the local emulators seeded with the demo portfolio. */
abstract class DemoPipelineTestSupport extends PortfolioPipelineTestSupport {

    @BeforeAll
    static void emulators() throws Exception {
        aws = LocalAws.withDemoPortfolio();
    }
}
