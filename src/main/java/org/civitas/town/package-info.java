/**
 * The town running the portal, set up by its administrators without SQL, restart or environment variable: its
 * identity (name, logo, main colour, the home page's introduction, the public address), its legal notice and its
 * accessibility statement in the form RGAA asks for, in French and English, and the first-run checklist of what is
 * left before opening. Short values are settings (read on every page through platform's {@code CachedSettings}, the
 * name by {@code platform.Town} and the address by {@code PublicAddress}); long texts and the logo are this feature's
 * own tables. A fresh install shows complete, honest defaults; every change is in the audit log.
 */
package org.civitas.town;
