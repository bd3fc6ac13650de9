package com.execreports.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.apache.camel.spi.Registry;

/**
 * The delivery ledger's time (claims, leases, holds): the system clock in UTC, unless a {@link Clock} is bound in the
 * registry as {@code deliveryClock} — the seam a test moves to let a hold run out without waiting hours (or seconds)
 * for it. Looked up at each reading, so a clock bound after the ledger was built is still the one read.
 */
public final class LedgerClock extends Clock {

    public static final String BEAN = "deliveryClock";

    private final Registry registry;

    public LedgerClock(Registry registry) {
        this.registry = registry;
    }

    @Override
    public Instant instant() {
        Clock bound = registry.lookupByNameAndType(BEAN, Clock.class);
        return (bound == null ? Clock.systemUTC() : bound).instant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the ledger keeps UTC");
    }
}
