package org.civitas.opendata.rest;

/** Test-only: open data's per-address limit starts afresh (every test comes from 127.0.0.1). */
public final class OpenDataFixtures {

    private OpenDataFixtures() {
    }

    public static void forgetCounts() {
        OpenDataGate.forgetCounts();
    }
}
