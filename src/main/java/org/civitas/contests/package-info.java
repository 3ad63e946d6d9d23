/**
 * Photo contests (issue 22), the town's shop window fed by its residents and visitors: an official opens a dated
 * contest (theme, rules, a time for submissions, then a public vote, then the jury), people with an account submit
 * photos through the proposals' photo pipeline (type read from the content, metadata stripped, re-encoded) with a
 * title, place, credit, licence and the consent of the people one can recognise; moderators approve each photo before
 * anyone sees it; the public votes (a few votes per account), jurors score, and the official publishes the winners.
 * Every public read (pages, API, cards, open data) finds approved photos only, and vote counts and scores only once
 * the results are out.
 */
package org.civitas.contests;
