package id.go.spbe.platform.archfixture.bad.beta;

import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Fixture: a service's own advice, competing with the platform's. */
@RestControllerAdvice
class BetaProblems {
}
