package org.lantern.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing. Per account: after {@code maxFailures} consecutive failures the account
 * is locked, for 15 minutes and twice as long at each further lock. Per client address: more than
 * {@code maxFailuresPerAddress} failures in ten minutes refuse further attempts from it for a while,
 * so one address cannot spray guesses across many accounts.
 */
@Component
class SignInThrottle {

    private static final Duration ADDRESS_WINDOW = Duration.ofMinutes(10);

    private final int maxFailures;
    private final int maxFailuresPerAddress;
    private final Duration firstLock;
    private final Clock clock;
    private final ConcurrentHashMap<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();

    SignInThrottle(@Value("${lantern.sign-in.max-failures:5}") int maxFailures,
            @Value("${lantern.sign-in.max-failures-per-address:30}") int maxFailuresPerAddress,
            @Value("${lantern.sign-in.lock-minutes:15}") int lockMinutes, Clock clock) {
        this.maxFailures = maxFailures;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.firstLock = Duration.ofMinutes(lockMinutes);
        this.clock = clock;
    }

    boolean addressBlocked(String address) {
        Deque<Instant> failures = failuresByAddress.get(address);
        if (failures == null) {
            return false;
        }
        synchronized (failures) {
            prune(failures);
            return failures.size() >= maxFailuresPerAddress;
        }
    }

    void addressFailed(String address) {
        Deque<Instant> failures = failuresByAddress.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (failures) {
            prune(failures);
            failures.addLast(clock.instant());
        }
    }

    /** When the account should be locked until after its {@code failedAttempts}-th failure, or null. */
    Instant lockAfter(int failedAttempts) {
        if (failedAttempts < maxFailures) {
            return null;
        }
        int locksSoFar = (failedAttempts - maxFailures) / maxFailures;
        return clock.instant().plus(firstLock.multipliedBy(1L << Math.min(locksSoFar, 6)));
    }

    private void prune(Deque<Instant> failures) {
        Instant horizon = clock.instant().minus(ADDRESS_WINDOW);
        while (!failures.isEmpty() && failures.peekFirst().isBefore(horizon)) {
            failures.removeFirst();
        }
    }
}
