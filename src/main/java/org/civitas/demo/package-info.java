/**
 * The demo town, so that a fresh portal shows the whole loop: residents, proposals at every stage, votes, threads with
 * an official's reply, reports waiting for a moderator, answers, shares. {@code DemoStory} is what happens,
 * {@code DemoPlan} dates every step from a fixed seed, {@code DemoTown} seeds it in one transaction through each
 * feature's seeder (the path of its service, for a named account, with the clock held at the step's moment), and
 * {@code DemoData} does it at start-up. It loads only into a database with no account at all, and only while
 * {@code civitas.demo.data} is true (the default; production sets it false in server.env).
 */
package org.civitas.demo;
