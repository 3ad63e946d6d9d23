package org.civitas.budgets.results;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact fraction, kept in lowest terms with a positive denominator, so that two equal values always have the same
 * numerator and denominator (and so the same {@link #equals} and {@link #hashCode}).
 * <p>
 * Equal shares divides the budget among voters and a project's cost among its supporters; with {@code double} two
 * projects that tie exactly could be ordered by rounding noise, and a supporter could be asked for a cent more than
 * she holds. Published results must be reproducible by anyone, so every amount the rules compare is exact.
 * Immutable; the common cases (whole numbers, equal denominators) skip the cross products.
 */
public final class Rational implements Comparable<Rational> {

    public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
    public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

    private final BigInteger numerator;
    private final BigInteger denominator;

    /** Already normalized: callers outside {@link #normalized} must pass lowest terms and a positive denominator. */
    private Rational(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    public static Rational of(long value) {
        return value == 0 ? ZERO : value == 1 ? ONE : new Rational(BigInteger.valueOf(value), BigInteger.ONE);
    }

    /** The fraction {@code numerator / denominator}; a zero denominator is an {@link ArithmeticException}. */
    public static Rational of(long numerator, long denominator) {
        return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /** The fraction {@code numerator / denominator}; a zero denominator is an {@link ArithmeticException}. */
    public static Rational of(BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("a fraction's denominator cannot be zero");
        }
        return normalized(numerator, denominator);
    }

    /**
     * Lowest terms with a positive denominator. The greatest common divisor is the expensive part of every operation,
     * hence the shortcuts for whole numbers and for a numerator of zero.
     */
    private static Rational normalized(BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        if (numerator.signum() == 0) {
            return ZERO;
        }
        if (denominator.equals(BigInteger.ONE)) {
            return new Rational(numerator, BigInteger.ONE);
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        return new Rational(numerator, denominator);
    }

    public BigInteger numerator() {
        return numerator;
    }

    public BigInteger denominator() {
        return denominator;
    }

    public Rational add(Rational other) {
        if (other.numerator.signum() == 0) {
            return this;
        }
        if (numerator.signum() == 0) {
            return other;
        }
        if (denominator.equals(other.denominator)) {
            return denominator.equals(BigInteger.ONE)
                    ? new Rational(numerator.add(other.numerator), BigInteger.ONE)
                    : normalized(numerator.add(other.numerator), denominator);
        }
        return normalized(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Rational subtract(Rational other) {
        return add(other.negate());
    }

    public Rational negate() {
        return numerator.signum() == 0 ? this : new Rational(numerator.negate(), denominator);
    }

    public Rational multiply(Rational other) {
        if (numerator.signum() == 0 || other.numerator.signum() == 0) {
            return ZERO;
        }
        if (denominator.equals(BigInteger.ONE) && other.denominator.equals(BigInteger.ONE)) {
            return new Rational(numerator.multiply(other.numerator), BigInteger.ONE);
        }
        return normalized(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    /** This times a whole number: what a class of {@code factor} voters holds together, without building a fraction. */
    public Rational multiply(long factor) {
        if (factor == 0 || numerator.signum() == 0) {
            return ZERO;
        }
        if (factor == 1) {
            return this;
        }
        return normalized(numerator.multiply(BigInteger.valueOf(factor)), denominator);
    }

    /** This divided by {@code divisor}; dividing by zero is an {@link ArithmeticException}. */
    public Rational divide(Rational divisor) {
        if (divisor.numerator.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        return normalized(numerator.multiply(divisor.denominator), denominator.multiply(divisor.numerator));
    }

    /** This divided by a whole number, e.g. what remains of a cost shared among the supporters still paying. */
    public Rational divide(long divisor) {
        if (divisor == 0) {
            throw new ArithmeticException("division by zero");
        }
        return divisor == 1 ? this : normalized(numerator, denominator.multiply(BigInteger.valueOf(divisor)));
    }

    public Rational min(Rational other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Rational max(Rational other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public int signum() {
        return numerator.signum();
    }

    /** The largest whole number not above this value (toward negative infinity, as {@link Math#floorDiv}). */
    public BigInteger floor() {
        BigInteger[] qr = numerator.divideAndRemainder(denominator);
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    @Override
    public int compareTo(Rational other) {
        int signs = Integer.compare(numerator.signum(), other.numerator.signum());
        if (signs != 0 || numerator.signum() == 0) {
            return signs;
        }
        if (denominator.equals(other.denominator)) {
            return numerator.compareTo(other.numerator);
        }
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Rational that && numerator.equals(that.numerator) && denominator.equals(that.denominator);
    }

    @Override
    public int hashCode() {
        return 31 * numerator.hashCode() + denominator.hashCode();
    }

    /** {@code "3/4"}, {@code "-1/2"}, and a whole number without a denominator: {@code "3"}. */
    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }

    /**
     * A decimal for people to read, with {@code scale} digits after the point, rounded half away from zero
     * ({@code 2/3} at scale 2 is {@code "0.67"}): what a results page shows of a voter's share.
     */
    public String toPlainString(int scale) {
        if (scale < 0) {
            throw new IllegalArgumentException("the number of decimals cannot be negative: " + scale);
        }
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP).toPlainString();
    }
}
