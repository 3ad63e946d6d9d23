package org.civitas.budgets.results;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exact fractions: always in lowest terms, so that equal values are equal objects, and never rounded. */
class RationalTest {

    @Test
    void aFractionIsKeptInLowestTermsWithAPositiveDenominator() {
        Rational r = Rational.of(6, -8);
        assertEquals(BigInteger.valueOf(-3), r.numerator());
        assertEquals(BigInteger.valueOf(4), r.denominator());
        assertEquals(Rational.of(-3, 4), r);
        assertEquals(Rational.of(-3, 4).hashCode(), r.hashCode());
        assertEquals("-3/4", r.toString());
        assertEquals("3", Rational.of(9, 3).toString());
        assertEquals(Rational.ZERO, Rational.of(0, -5));
        assertEquals("0", Rational.of(0, -5).toString());
    }

    @Test
    void arithmeticIsExact() {
        Rational half = Rational.of(1, 2);
        Rational third = Rational.of(1, 3);
        assertEquals(Rational.of(5, 6), half.add(third));
        assertEquals(Rational.of(1, 6), half.subtract(third));
        assertEquals(Rational.of(-1, 6), third.subtract(half));
        assertEquals(Rational.of(1, 6), half.multiply(third));
        assertEquals(Rational.of(3, 2), half.divide(third));
        assertEquals(Rational.of(7), Rational.of(3).add(Rational.of(4)));
        assertEquals(Rational.of(12), Rational.of(3).multiply(Rational.of(4)));
        assertEquals(Rational.of(3, 2), half.multiply(3));
        assertEquals(Rational.of(1, 8), half.divide(4));
        assertEquals(Rational.ONE, Rational.of(1, 4).add(Rational.of(3, 4)));
        assertEquals(Rational.ZERO, third.subtract(third));
        // Ten thirds added one by one are exactly ten thirds: no drift as with doubles
        Rational sum = Rational.ZERO;
        for (int i = 0; i < 10; i++) {
            sum = sum.add(Rational.of(1, 10));
        }
        assertEquals(Rational.ONE, sum);
    }

    @Test
    void valuesBeyondLongsStayExact() {
        Rational big = Rational.of(Long.MAX_VALUE).add(Rational.ONE);
        assertEquals(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE), big.numerator());
        assertTrue(big.compareTo(Rational.of(Long.MAX_VALUE)) > 0);
        Rational tiny = Rational.of(1, Long.MAX_VALUE).multiply(Rational.of(1, Long.MAX_VALUE));
        assertTrue(tiny.signum() > 0);
        assertEquals(Rational.ONE, tiny.multiply(Rational.of(Long.MAX_VALUE)).multiply(Rational.of(Long.MAX_VALUE)));
    }

    @Test
    void comparisonFollowsValuesNotRepresentations() {
        assertTrue(Rational.of(1, 3).compareTo(Rational.of(1, 2)) < 0);
        assertTrue(Rational.of(-1, 2).compareTo(Rational.of(1, 3)) < 0);
        assertTrue(Rational.of(-1, 2).compareTo(Rational.of(-1, 3)) < 0);
        assertEquals(0, Rational.of(2, 4).compareTo(Rational.of(1, 2)));
        assertTrue(Rational.of(7, 3).compareTo(Rational.of(7, 4)) > 0);
        assertEquals(Rational.of(1, 3), Rational.of(1, 2).min(Rational.of(1, 3)));
        assertEquals(Rational.of(1, 2), Rational.of(1, 2).max(Rational.of(1, 3)));
        assertEquals(-1, Rational.of(-2, 3).signum());
        assertEquals(0, Rational.ZERO.signum());
        assertEquals(1, Rational.of(2, 3).signum());
        assertNotEquals(Rational.of(1, 2), Rational.of(1, 3));
    }

    @Test
    void aZeroDenominatorOrDivisorIsRefused() {
        assertThrows(ArithmeticException.class, () -> Rational.of(1, 0));
        assertThrows(ArithmeticException.class, () -> Rational.ONE.divide(Rational.ZERO));
        assertThrows(ArithmeticException.class, () -> Rational.ONE.divide(0));
    }

    @Test
    void floorRoundsTowardNegativeInfinity() {
        assertEquals(BigInteger.valueOf(3), Rational.of(7, 2).floor());
        assertEquals(BigInteger.valueOf(-4), Rational.of(-7, 2).floor());
        assertEquals(BigInteger.valueOf(-3), Rational.of(-3).floor());
    }

    @Test
    void aPlainStringRoundsHalfAwayFromZeroAtTheScaleAsked() {
        assertEquals("0.67", Rational.of(2, 3).toPlainString(2));
        assertEquals("-0.67", Rational.of(-2, 3).toPlainString(2));
        assertEquals("0.13", Rational.of(1, 8).toPlainString(2));
        assertEquals("5.00", Rational.of(5).toPlainString(2));
        assertEquals("4", Rational.of(7, 2).toPlainString(0));
        assertEquals("120.000", Rational.of(30_000_000, 250_000).toPlainString(3));
        assertThrows(IllegalArgumentException.class, () -> Rational.ONE.toPlainString(-1));
    }
}
