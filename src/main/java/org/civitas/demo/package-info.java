/**
 * Demo data, so that a fresh portal looks alive: themes, districts, one account per role. It loads only on a
 * database with no account, and only while {@code civitas.demo.data} is true (the default; production sets it
 * false in server.env). It goes through each feature's service, like any other client.
 */
package org.civitas.demo;
