package id.go.spbe.platform.client;

import feign.Request;
import feign.RetryableException;
import feign.Retryer;

import java.time.Duration;

/**
 * Bounded retries for idempotent reads only: a GET that failed on I/O (connection refused, read timeout) or was
 * answered 502/503/504 is tried again up to {@code attempts} times in all; POST, PUT, PATCH and DELETE are never
 * repeated by the client (a repeat could apply a change twice; callers resend them with an Idempotency-Key).
 */
public class GetOnlyRetryer implements Retryer {

    private final int attempts;
    private final Duration backoff;
    private int attempt = 1;

    public GetOnlyRetryer(int attempts, Duration backoff) {
        this.attempts = attempts;
        this.backoff = backoff;
    }

    @Override
    public void continueOrPropagate(RetryableException e) {
        if (e.method() != Request.HttpMethod.GET || attempt >= attempts) {
            throw e;
        }
        attempt++;
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw e;
        }
    }

    @Override
    public Retryer clone() {
        return new GetOnlyRetryer(attempts, backoff);
    }
}
